// Real documents, seventieth development set (tests/real/dev70): five more pages of 平潭 (work plans, a sampling plan
// with its tables run together, a town's action plan and work points), each held on one line with nothing between its
// blocks — labelled without sight of the engine and first scored unseen (README.md); the engine has since been developed
// against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seventieth development set", path.join(__dirname, "dev70"), 5,
  { precision: 0.7, recall: 0.4, reviewRecall: 0.41, year: 0.97, kind: 0.85 }, 0);
