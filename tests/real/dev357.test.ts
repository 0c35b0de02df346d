// Real documents, three-hundred-and-fifty-seventh development set (tests/real/dev357): a district's 2025 work-report tasks (漯河 郾城) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-fifty-seventh development set", path.join(__dirname, "dev357"), 1,
  { precision: 0.95, recall: 0.87, reviewRecall: 0.87, year: 0.95, kind: 0.79 }, 0);
