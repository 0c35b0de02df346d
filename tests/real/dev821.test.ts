// Real documents, eight-hundred-and-twenty-first development set (tests/real/dev821): mineral-resources planning goals of 2017–2023 (四川's, 芜湖's, 广东's and 山西's mineral plans, 宜昌's mine counts and phosphate cap) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-twenty-first development set", path.join(__dirname, "dev821"), 5,
  { precision: 0.75, recall: 0.91, reviewRecall: 0.91, year: 0.95, kind: 0.86 }, 3);
