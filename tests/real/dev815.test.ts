// Real documents, eight-hundred-and-fifteenth development set (tests/real/dev815): technology-transfer goals of 2015–2027 (温州's three-year action plan for turning research into products, 广西's technology-services plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-fifteenth development set", path.join(__dirname, "dev815"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
