// Real documents, four-hundred-and-eighty-sixth development set (tests/real/dev486): city and provincial work reports' goals of 2025–2026 (东莞 in a pinyin-glossed mirror, 广东, 茂名's press conference, 滕州) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-eighty-sixth development set", path.join(__dirname, "dev486"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
