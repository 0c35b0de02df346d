// Real documents, six-hundred-and-forty-first development set (tests/real/dev641): affordable-housing goals of 2018–2025 (北京's 2018 housing, 深圳's 十四五 rental housing in a pinyin-glossed mirror) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-forty-first development set", path.join(__dirname, "dev641"), 2,
  { precision: 0.95, recall: 0.83, reviewRecall: 0.83, year: 0.95, kind: 0.82 }, 1);
