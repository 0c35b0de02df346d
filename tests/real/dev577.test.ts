// Real documents, five-hundred-and-seventy-seventh development set (tests/real/dev577): county-economy goals of 2021–2028 (广西's three-year plan, 贵州's opinions and 长春's conference in pinyin-glossed mirrors, 浙江's 26 mountain counties, 公主岭) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-seventy-seventh development set", path.join(__dirname, "dev577"), 5,
  { precision: 0.89, recall: 0.83, reviewRecall: 0.83, year: 0.88, kind: 0.88 }, 2);
