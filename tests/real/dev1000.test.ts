// Real documents, one-thousandth development set (tests/real/dev1000): fuel, gas and hydrogen stations — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousandth development set", path.join(__dirname, "dev1000"), 5,
  { precision: 0.73, recall: 0.77, reviewRecall: 0.8, year: 0.95, kind: 0.7 }, 3);
