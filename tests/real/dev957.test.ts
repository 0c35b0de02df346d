// Real documents, nine-hundred-and-fifty-seventh development set (tests/real/dev957): data centres — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-fifty-seventh development set", path.join(__dirname, "dev957"), 5,
  { precision: 0.78, recall: 0.6, reviewRecall: 0.73, year: 0.35, kind: 0.41 }, 3);
