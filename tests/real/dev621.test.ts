// Real documents, six-hundred-and-twenty-first development set (tests/real/dev621): micro fire-station and emergency goals of 2021–2025 (石狮, 成都's report, 潮州, 自贡 高新, 福建) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-twenty-first development set", path.join(__dirname, "dev621"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
