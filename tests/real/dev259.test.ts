// Real documents, two-hundred-and-fifty-ninth development set (tests/real/dev259): talent, skills and science-literacy plans — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-fifty-ninth development set", path.join(__dirname, "dev259"), 5,
  { precision: 0.8, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 4);
