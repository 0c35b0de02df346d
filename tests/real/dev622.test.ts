// Real documents, six-hundred-and-twenty-second development set (tests/real/dev622): childcare goals of 2022–2025 (福建's 2022 nurseries in traditional characters, 梧州's 十四五 places in a pinyin-glossed mirror) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-twenty-second development set", path.join(__dirname, "dev622"), 2,
  { precision: 0.88, recall: 0.46, reviewRecall: 0.46, year: 0.95, kind: 0.95 }, 0);
