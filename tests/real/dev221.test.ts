// Real documents, two-hundred-and-twenty-first development set (tests/real/dev221): a district's 2024 task breakdown of its work report and Tianjin's 2025 culture and tourism goals — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-twenty-first development set", path.join(__dirname, "dev221"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
