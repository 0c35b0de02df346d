// Real documents, three-hundred-and-ninety-ninth development set (tests/real/dev399): county and town goals of 2010–2013 (石泉 两河, 修武, 柞水, 嵩县) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-ninety-ninth development set", path.join(__dirname, "dev399"), 4,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.91 }, 0);
