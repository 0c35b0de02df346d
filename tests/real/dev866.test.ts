// Real documents, eight-hundred-and-sixty-sixth development set (tests/real/dev866): saline-alkali land use — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-sixty-sixth development set", path.join(__dirname, "dev866"), 5,
  { precision: 0.62, recall: 0.81, reviewRecall: 0.81, year: 0.84, kind: 0.73 }, 3);
