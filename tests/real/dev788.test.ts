// Real documents, seven-hundred-and-eighty-eighth development set (tests/real/dev788): rural living-environment goals of 2019–2024 (邢台's work plan, 河北's rural sewage, 甘肃's garbage revolution, 云南's five-year action) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-eighty-eighth development set", path.join(__dirname, "dev788"), 4,
  { precision: 0.88, recall: 0.83, reviewRecall: 0.92, year: 0.95, kind: 0.88 }, 0);
