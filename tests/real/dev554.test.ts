// Real documents, five-hundred-and-fifty-fourth development set (tests/real/dev554): fitness and culture facility goals of 2022–2025 (大同, 嘉峪关, 泉州 and 广元 in pinyin-glossed mirrors, 郑州) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-fifty-fourth development set", path.join(__dirname, "dev554"), 5,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
