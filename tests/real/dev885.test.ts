// Real documents, eight-hundred-and-eighty-fifth development set (tests/real/dev885): characteristic towns — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-eighty-fifth development set", path.join(__dirname, "dev885"), 4,
  { precision: 0.92, recall: 0.87, reviewRecall: 0.87, year: 0.56, kind: 0.89 }, 2);
