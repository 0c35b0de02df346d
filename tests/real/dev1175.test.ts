// Real documents, 1175th development set (tests/real/dev1175): afforestation and forestry — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1175th development set", path.join(__dirname, "dev1175"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.71, kind: 0.9 }, 0);
