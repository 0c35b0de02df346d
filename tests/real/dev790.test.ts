// Real documents, seven-hundred-and-ninetieth development set (tests/real/dev790): women's and children's health goals of 2018–2024 (北京's birth-defect prevention, 四川's child health, 湖北's cervical-cancer screening) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-ninetieth development set", path.join(__dirname, "dev790"), 3,
  { precision: 0.88, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 1);
