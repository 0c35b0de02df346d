// Real documents, 1151st development set (tests/real/dev1151): cultural relics and museums — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1151st development set", path.join(__dirname, "dev1151"), 4,
  { precision: 0.72, recall: 0.72, reviewRecall: 0.83, year: 0.8, kind: 0.95 }, 0);
