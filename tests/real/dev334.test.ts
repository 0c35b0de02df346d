// Real documents, three-hundred-and-thirty-fourth development set (tests/real/dev334): prefecture-level cities' work reports of 2015–2019 (武汉, 淄博, 成都, 常州, an 安徽 city) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-thirty-fourth development set", path.join(__dirname, "dev334"), 5,
  { precision: 0.73, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.87 }, 1);
