// Real documents, 1138th development set (tests/real/dev1138): China-Europe freight trains and inland ports — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1138th development set", path.join(__dirname, "dev1138"), 3,
  { precision: 0.5, recall: 0.78, reviewRecall: 0.78, year: 0.55, kind: 0.95 }, 0);
