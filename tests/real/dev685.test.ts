// Real documents, six-hundred-and-eighty-fifth development set (tests/real/dev685): high-quality farmer training goals of 2019–2024 (山西's provincial plan, 大同, 利辛, 德阳 and 源汇's training in a traditional-character mirror) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-eighty-fifth development set", path.join(__dirname, "dev685"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.82 }, 0);
