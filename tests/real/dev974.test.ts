// Real documents, nine-hundred-and-seventy-fourth development set (tests/real/dev974): high-growth technology firms — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-seventy-fourth development set", path.join(__dirname, "dev974"), 5,
  { precision: 0.86, recall: 0.88, reviewRecall: 0.88, year: 0.95, kind: 0.95 }, 4);
