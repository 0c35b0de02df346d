// Real documents, nine-hundred-and-eighty-sixth development set (tests/real/dev986): urban parks and green space — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-eighty-sixth development set", path.join(__dirname, "dev986"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.82, kind: 0.87 }, 1);
