// Real documents, 1058th development set (tests/real/dev1058): gas filling stations and gas supply — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1058th development set", path.join(__dirname, "dev1058"), 6,
  { precision: 0.91, recall: 0.91, reviewRecall: 0.91, year: 0.86, kind: 0.9 }, 3);
