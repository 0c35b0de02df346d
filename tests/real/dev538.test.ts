// Real documents, five-hundred-and-thirty-eighth development set (tests/real/dev538): education 十四五 goals of 2021–2022 (兰陵's preschool plan, 福州, 广东) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-thirty-eighth development set", path.join(__dirname, "dev538"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
