// Real documents, 1112th development set (tests/real/dev1112): ice and snow sports, industry and tourism — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1112th development set", path.join(__dirname, "dev1112"), 5,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 1);
