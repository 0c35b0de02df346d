// Real documents, 1119th development set (tests/real/dev1119): drug control: rehabilitation rates, drug-free schools and rehab centres — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1119th development set", path.join(__dirname, "dev1119"), 4,
  { precision: 0.9, recall: 0.86, reviewRecall: 0.86, year: 0.85, kind: 0.54 }, 1);
