// Real documents, 1173rd development set (tests/real/dev1173): photovoltaic power — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1173rd development set", path.join(__dirname, "dev1173"), 6,
  { precision: 0.66, recall: 0.7, reviewRecall: 0.7, year: 0.75, kind: 0.75 }, 4);
