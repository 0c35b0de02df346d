// Real documents, four-hundred-and-eighty-fourth development set (tests/real/dev484): a district's 2025 livelihood progress and a county's 2025 report (津南, 娄烦) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-eighty-fourth development set", path.join(__dirname, "dev484"), 2,
  { precision: 0.8, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
