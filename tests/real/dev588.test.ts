// Real documents, five-hundred-and-eighty-eighth development set (tests/real/dev588): healthy-city goals of 2017–2030 (湖南's 健康中国2030 plan, 陕西's patriotic-health opinion, 深圳 in a pinyin-glossed mirror, 健康河南, 湘西) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-eighty-eighth development set", path.join(__dirname, "dev588"), 5,
  { precision: 0.87, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.91 }, 2);
