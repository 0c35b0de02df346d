// Real documents, nine-hundred-and-sixty-sixth development set (tests/real/dev966): business districts and pedestrian streets — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-sixty-sixth development set", path.join(__dirname, "dev966"), 4,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.84 }, 3);
