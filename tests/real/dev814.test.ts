// Real documents, eight-hundred-and-fourteenth development set (tests/real/dev814): market-entity and private-economy goals of 2020–2025 (烟台's three-year market-entity plan, 四川's flying-geese plan for private firms) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-fourteenth development set", path.join(__dirname, "dev814"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.79 }, 2);
