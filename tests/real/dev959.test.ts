// Real documents, nine-hundred-and-fifty-ninth development set (tests/real/dev959): immunisation — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-fifty-ninth development set", path.join(__dirname, "dev959"), 4,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.91, year: 0.69, kind: 0.95 }, 2);
