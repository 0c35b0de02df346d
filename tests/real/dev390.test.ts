// Real documents, three-hundred-and-ninetieth development set (tests/real/dev390): districts' goals of 2010–2016 (广州 白云's work report, 乌鲁木齐 米东's plenum, 西安 长安's plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-ninetieth development set", path.join(__dirname, "dev390"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.89 }, 0);
