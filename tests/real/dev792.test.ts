// Real documents, seven-hundred-and-ninety-second development set (tests/real/dev792): water-resources goals of 2016–2019 (贵州's xiaokang water, 德阳's work meeting, 晋中's winter and spring works) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-ninety-second development set", path.join(__dirname, "dev792"), 3,
  { precision: 0.87, recall: 0.49, reviewRecall: 0.61, year: 0.95, kind: 0.87 }, 1);
