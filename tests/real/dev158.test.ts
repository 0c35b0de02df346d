// Real documents, hundred-and-fifty-eighth development set (tests/real/dev158): 上海's municipal pages of 2020–2025 (food safety, childcare, old housing, waste sorting, work meetings, a report's investment, health work points) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-fifty-eighth development set", path.join(__dirname, "dev158"), 10,
  { precision: 0.9, recall: 0.92, reviewRecall: 0.95, year: 0.98, kind: 0.95 }, 2);
