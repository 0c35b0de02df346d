// Real documents, five-hundred-and-tenth development set (tests/real/dev510): civil affairs, employment and medical insurance goals of 2021–2025 (上海, 蒸湘, 洪江's task table, 深圳, 福建) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-tenth development set", path.join(__dirname, "dev510"), 5,
  { precision: 0.95, recall: 0.8, reviewRecall: 0.8, year: 0.95, kind: 0.86 }, 0);
