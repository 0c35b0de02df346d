// Real documents, eight-hundred-and-fifty-ninth development set (tests/real/dev859): animation, e-sports and short dramas — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-fifty-ninth development set", path.join(__dirname, "dev859"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.8 }, 3);
