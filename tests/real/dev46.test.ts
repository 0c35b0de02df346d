// Real documents, forty-sixth development set (tests/real/dev46): seven 2025–2026 pages — a district's 十五五 outline
// summary and action plans and measures of a county, cities, a district and a province with targets to 2027–2030 —
// labelled without sight of the engine and first scored unseen (README.md); the engine has since been developed
// against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, forty-sixth development set", path.join(__dirname, "dev46"), 7,
  { precision: 0.94, recall: 0.95, reviewRecall: 0.97, year: 0.97, kind: 0.97 }, 2);
