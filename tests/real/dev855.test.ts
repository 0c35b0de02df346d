// Real documents, eight-hundred-and-fifty-fifth development set (tests/real/dev855): campus football and school sports — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-fifty-fifth development set", path.join(__dirname, "dev855"), 3,
  { precision: 0.95, recall: 0.79, reviewRecall: 0.79, year: 0.95, kind: 0.95 }, 1);
