// Real documents, 1122nd development set (tests/real/dev1122): wood processing, panels and forest products industry — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1122nd development set", path.join(__dirname, "dev1122"), 4,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.92, year: 0.89, kind: 0.95 }, 1);
