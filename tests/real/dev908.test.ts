// Real documents, nine-hundred-and-eighth development set (tests/real/dev908): mental health services — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-eighth development set", path.join(__dirname, "dev908"), 4,
  { precision: 0.95, recall: 0.89, reviewRecall: 0.95, year: 0.33, kind: 0.95 }, 2);
