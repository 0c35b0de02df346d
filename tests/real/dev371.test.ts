// Real documents, three-hundred-and-seventy-first development set (tests/real/dev371): 上海 districts' work report, livelihood list and a new town's project plan of 2018–2022 (杨浦, 静安, 松江新城) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-seventy-first development set", path.join(__dirname, "dev371"), 3,
  { precision: 0.95, recall: 0.88, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
