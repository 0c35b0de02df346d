// Real documents, hundred-and-fortieth development set (tests/real/dev140): news of a city's 2026 report and its 十五五 goals,
// a province's 人工智能+ action plan, a zone's first-quarter plan and a city's 十五五 goal in a January 2025 report —
// labelled without sight of the engine and first scored unseen (README.md); the engine has since been developed against
// them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-fortieth development set", path.join(__dirname, "dev140"), 4,
  { precision: 0.81, recall: 0.99, reviewRecall: 0.99, year: 0.99, kind: 0.99 }, 0);
