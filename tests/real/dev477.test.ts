// Real documents, four-hundred-and-seventy-seventh development set (tests/real/dev477): prefecture cities' work reports of 2023–2024 (晋中, 宜春, 商丘) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-seventy-seventh development set", path.join(__dirname, "dev477"), 4,
  { precision: 0.95, recall: 0.82, reviewRecall: 0.88, year: 0.95, kind: 0.95 }, 0);
