// Real documents, five-hundred-and-thirtieth development set (tests/real/dev530): district livelihood-project lists of 2021–2023 (济南 历城 and 钢城, 青岛 城阳) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-thirtieth development set", path.join(__dirname, "dev530"), 3,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
