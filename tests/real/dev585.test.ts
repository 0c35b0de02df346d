// Real documents, five-hundred-and-eighty-fifth development set (tests/real/dev585): forestry goals of 2021–2025 (扬州's work points, 清远's forest-chief order, 河南's five-year goals, 湖南's goals in a pinyin-glossed mirror) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-eighty-fifth development set", path.join(__dirname, "dev585"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.77, kind: 0.87 }, 0);
