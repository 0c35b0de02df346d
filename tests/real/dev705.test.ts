// Real documents, seven-hundred-and-fifth development set (tests/real/dev705): inclusive-finance goals of 2018–2020 (宁夏's poverty microcredit, 广西's agricultural credit guarantees) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-fifth development set", path.join(__dirname, "dev705"), 2,
  { precision: 0.78, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
