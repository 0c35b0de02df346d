// Real documents, seven-hundred-and-twenty-third development set (tests/real/dev723): rural-road and bridge-safety goals of 2020–2023 (the national road plan, 沧州, 宣城, 陕西's safety works, a county's bridges) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-twenty-third development set", path.join(__dirname, "dev723"), 5,
  { precision: 0.95, recall: 0.86, reviewRecall: 0.89, year: 0.95, kind: 0.82 }, 3);
