// Real documents, 1065th development set (tests/real/dev1065): pine wilt and forest pests — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1065th development set", path.join(__dirname, "dev1065"), 3,
  { precision: 0.7, recall: 0.07, reviewRecall: 0.07, year: 0.95, kind: 0.95 }, 0);
