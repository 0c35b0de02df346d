// Real documents, four-hundred-and-ninety-sixth development set (tests/real/dev496): provincial livelihood-project lists of 2019–2024 (河南 2019 and 2022, 四川 2024) and 长春's 2026 urban renewal — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-ninety-sixth development set", path.join(__dirname, "dev496"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 0);
