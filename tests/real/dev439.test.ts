// Real documents, four-hundred-and-thirty-ninth development set (tests/real/dev439): 北京's 十五五 outline draft on its industry clusters, a 2026 copy in traditional characters — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-thirty-ninth development set", path.join(__dirname, "dev439"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
