// Real documents, ninety-third development set (tests/real/dev93): annual work targets and task lists, five-year goals of a city, a 十五五 goal — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, ninety-third development set", path.join(__dirname, "dev93"), 8,
  { precision: 0.983, recall: 0.983, reviewRecall: 0.983, year: 0.85, kind: 0.85 }, 0);
