// Real documents, one-thousand-and-fourth development set (tests/real/dev1004): tuberculosis and HIV/AIDS control — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-fourth development set", path.join(__dirname, "dev1004"), 5,
  { precision: 0.81, recall: 0.86, reviewRecall: 0.89, year: 0.95, kind: 0.85 }, 4);
