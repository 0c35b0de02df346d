// Real documents, two-hundred-and-twenty-ninth development set (tests/real/dev229): farm, grain and new-energy goals of Baoji, Subei, Zixing and a city's crop work points — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-twenty-ninth development set", path.join(__dirname, "dev229"), 4,
  { precision: 0.95, recall: 0.75, reviewRecall: 0.85, year: 0.95, kind: 0.85 }, 1);
