// Real documents, 1071st development set (tests/real/dev1071): trams and bus rapid transit — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1071st development set", path.join(__dirname, "dev1071"), 6,
  { precision: 0.95, recall: 0.73, reviewRecall: 0.8, year: 0.4, kind: 0.67 }, 1);
