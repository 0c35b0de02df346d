// Real documents, eight-hundred-and-eighth development set (tests/real/dev808): digital-economy goals of 2018–2021 (四川's digital-economy pilot zone, 福州's three-year Digital Fuzhou plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-eighth development set", path.join(__dirname, "dev808"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
