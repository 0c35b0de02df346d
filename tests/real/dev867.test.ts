// Real documents, eight-hundred-and-sixty-seventh development set (tests/real/dev867): sericulture and beekeeping — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-sixty-seventh development set", path.join(__dirname, "dev867"), 4,
  { precision: 0.6, recall: 0.81, reviewRecall: 0.81, year: 0.64, kind: 0.87 }, 2);
