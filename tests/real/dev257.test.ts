// Real documents, two-hundred-and-fifty-seventh development set (tests/real/dev257): sector plans of archives, grain reserves, radio and television and supply cooperatives — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-fifty-seventh development set", path.join(__dirname, "dev257"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 3);
