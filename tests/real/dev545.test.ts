// Real documents, five-hundred-and-forty-fifth development set (tests/real/dev545): county and district major-project plans of 2022–2025 (a 广东 county, 东丽, 大宁, 商州, 山阳), two in pinyin-glossed mirrors — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-forty-fifth development set", path.join(__dirname, "dev545"), 5,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
