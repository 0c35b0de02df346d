// Real documents, five-hundred-and-second development set (tests/real/dev502): county farm plans of 2020–2026 (临河's wheat task table, a 江西 county's farm work points, 师宗's toilets, 武乡's 2026 plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-second development set", path.join(__dirname, "dev502"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.89, kind: 0.92 }, 0);
