// Real documents, five-hundred-and-eighty-sixth development set (tests/real/dev586): rail-transit and public-transport goals of 2021–2035 (北京's rail network plan and 河南's bus opinions in pinyin-glossed mirrors, 西安's transport plan and metro goal, 深圳's phase five) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-eighty-sixth development set", path.join(__dirname, "dev586"), 5,
  { precision: 0.9, recall: 0.9, reviewRecall: 0.95, year: 0.9, kind: 0.85 }, 2);
