// Real documents, six-hundred-and-nineteenth development set (tests/real/dev619): specialty-crop goals of 2022–2032 (洛川's belt-agriculture chapter, 山西's protected-agriculture plan, 新化's 黄精 plan, 通山's herb-industry meeting) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-nineteenth development set", path.join(__dirname, "dev619"), 4,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.95, year: 0.89, kind: 0.89 }, 2);
