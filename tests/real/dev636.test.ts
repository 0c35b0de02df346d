// Real documents, six-hundred-and-thirty-sixth development set (tests/real/dev636): women's and children's goals of 2014–2030 (广东's women's development plan as a flattened table, 广州's cervical-cancer plan, the national healthy-children plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-thirty-sixth development set", path.join(__dirname, "dev636"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 0);
