// Real documents, five-hundred-and-thirty-first development set (tests/real/dev531): equipment-renewal and trade-in plans of 2024–2025 (无锡, 深圳, 靖江, 厦门, 重庆), two in pinyin-glossed mirrors — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-thirty-first development set", path.join(__dirname, "dev531"), 5,
  { precision: 0.92, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
