// Real documents, four-hundred-and-twenty-fourth development set (tests/real/dev424): western counties' and cities' goals of 2022–2023 (山南, 泽库, 玉溪) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-twenty-fourth development set", path.join(__dirname, "dev424"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.91 }, 0);
