// Real documents, eight-hundred-and-eighty-seventh development set (tests/real/dev887): geothermal heating — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-eighty-seventh development set", path.join(__dirname, "dev887"), 5,
  { precision: 0.91, recall: 0.91, reviewRecall: 0.95, year: 0.95, kind: 0.68 }, 4);
