// Real documents, five-hundred-and-seventy-fifth development set (tests/real/dev575): women's and children's development goals to 2030 (郑州's women's plan, 云南's children's plan, 牙克石's women's plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-seventy-fifth development set", path.join(__dirname, "dev575"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 1);
