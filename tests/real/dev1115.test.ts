// Real documents, 1115th development set (tests/real/dev1115): millet, buckwheat, potato and sorghum: dryland grain plans — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1115th development set", path.join(__dirname, "dev1115"), 4,
  { precision: 0.9, recall: 0.9, reviewRecall: 0.9, year: 0.9, kind: 0.95 }, 2);
