// Real documents, one-thousand-and-twelfth development set (tests/real/dev1012): salt lakes, potash and lithium — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-twelfth development set", path.join(__dirname, "dev1012"), 5,
  { precision: 0.75, recall: 0.61, reviewRecall: 0.78, year: 0.86, kind: 0.95 }, 1);
