// Real documents, nine-hundred-and-eighty-ninth development set (tests/real/dev989): marine ranching — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-eighty-ninth development set", path.join(__dirname, "dev989"), 5,
  { precision: 0.72, recall: 0.82, reviewRecall: 0.88, year: 0.52, kind: 0.87 }, 2);
