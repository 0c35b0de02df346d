// Real documents, eight-hundred-and-forty-first development set (tests/real/dev841): government investment-fund goals of 2016–2022 (成都's development and guidance funds, 宜昌's 三峡 industry fund, 西安's innovation and recovery funds, 云南's key-industry parent fund) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-forty-first development set", path.join(__dirname, "dev841"), 4,
  { precision: 0.61, recall: 0.5, reviewRecall: 0.72, year: 0.05, kind: 0.65 }, 4);
