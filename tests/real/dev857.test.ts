// Real documents, eight-hundred-and-fifty-seventh development set (tests/real/dev857): occupational health — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-fifty-seventh development set", path.join(__dirname, "dev857"), 4,
  { precision: 0.85, recall: 0.73, reviewRecall: 0.77, year: 0.95, kind: 0.95 }, 2);
