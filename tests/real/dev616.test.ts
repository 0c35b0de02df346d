// Real documents, six-hundred-and-sixteenth development set (tests/real/dev616): ethnic-region goals of 2021–2024 (凉山's 2021 work report, 云南's ethnic-unity demonstration plan, 广西's 2022 report in a pinyin-glossed mirror) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-sixteenth development set", path.join(__dirname, "dev616"), 3,
  { precision: 0.95, recall: 0.35, reviewRecall: 0.75, year: 0.95, kind: 0.95 }, 1);
