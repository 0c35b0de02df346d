// Real documents, four-hundred-and-twentieth development set (tests/real/dev420): science and industry targets of 2018–2025 (黄石, 汉寿, 太和, 吴江经开区) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-twentieth development set", path.join(__dirname, "dev420"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.92 }, 1);
