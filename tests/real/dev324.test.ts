// Real documents, three-hundred-and-twenty-fourth development set (tests/real/dev324): 上海 districts' 2023 livelihood-project progress and completion pages (宝山, 金山, 普陀) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-twenty-fourth development set", path.join(__dirname, "dev324"), 3,
  { precision: 0.32, recall: 0.7, reviewRecall: 0.7, year: 0.95, kind: 0.95 }, 0);
