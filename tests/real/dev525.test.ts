// Real documents, five-hundred-and-twenty-fifth development set (tests/real/dev525): development zones' and cluster zones' goals of 2019–2021 (舒城, 青岛, 东台) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-twenty-fifth development set", path.join(__dirname, "dev525"), 3,
  { precision: 0.89, recall: 0.89, reviewRecall: 0.89, year: 0.95, kind: 0.59 }, 0);
