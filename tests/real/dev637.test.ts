// Real documents, six-hundred-and-thirty-seventh development set (tests/real/dev637): port and express-delivery goals of 2016–2025 (福建's port layout, 河北's coastal ports in a pinyin-glossed mirror, 北部湾's throughput, 连云港's containers, 山东's rural express) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-thirty-seventh development set", path.join(__dirname, "dev637"), 5,
  { precision: 0.87, recall: 0.9, reviewRecall: 0.95, year: 0.6, kind: 0.86 }, 2);
