// Real documents, 1041st development set (tests/real/dev1041): stone — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1041st development set", path.join(__dirname, "dev1041"), 5,
  { precision: 0.46, recall: 0.89, reviewRecall: 0.89, year: 0.88, kind: 0.82 }, 1);
