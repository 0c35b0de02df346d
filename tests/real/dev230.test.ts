// Real documents, two-hundred-and-thirtieth development set (tests/real/dev230): special plans: Xinxiang culture and tourism, Inner Mongolia water, Jilin fitness, Liaoning elder and child care, public libraries — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-thirtieth development set", path.join(__dirname, "dev230"), 5,
  { precision: 0.85, recall: 0.9, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 3);
