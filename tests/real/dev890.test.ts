// Real documents, eight-hundred-and-ninetieth development set (tests/real/dev890): reclaimed water — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-ninetieth development set", path.join(__dirname, "dev890"), 4,
  { precision: 0.92, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.95 }, 1);
