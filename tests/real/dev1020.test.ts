// Real documents, one-thousand-and-twentieth development set (tests/real/dev1020): soybeans and rapeseed — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-twentieth development set", path.join(__dirname, "dev1020"), 6,
  { precision: 0.88, recall: 0.92, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 0);
