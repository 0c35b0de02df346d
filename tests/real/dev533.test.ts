// Real documents, five-hundred-and-thirty-third development set (tests/real/dev533): information infrastructure and computing plans of 2021–2023 (江苏, 山西 city cluster, 青海, 山西 rural telecom, 贵州 big data) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-thirty-third development set", path.join(__dirname, "dev533"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.83 }, 1);
