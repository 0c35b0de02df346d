// Real documents, nine-hundred-and-seventy-eighth development set (tests/real/dev978): dairy — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-seventy-eighth development set", path.join(__dirname, "dev978"), 5,
  { precision: 0.82, recall: 0.91, reviewRecall: 0.95, year: 0.95, kind: 0.91 }, 2);
