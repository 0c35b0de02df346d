// Real documents, 1123rd development set (tests/real/dev1123): meat: slaughter, processing and chilled-meat circulation — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1123rd development set", path.join(__dirname, "dev1123"), 5,
  { precision: 0.84, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.87 }, 3);
