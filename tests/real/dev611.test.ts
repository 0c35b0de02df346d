// Real documents, six-hundred-and-eleventh development set (tests/real/dev611): elderly meal-assistance and home-care goals of 2022–2024 (扬州 and 榆社 in pinyin-glossed mirrors, 郑州's civil-affairs conference, 合肥's meal plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-eleventh development set", path.join(__dirname, "dev611"), 4,
  { precision: 0.78, recall: 0.85, reviewRecall: 0.9, year: 0.95, kind: 0.9 }, 0);
