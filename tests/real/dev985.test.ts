// Real documents, nine-hundred-and-eighty-fifth development set (tests/real/dev985): express delivery and postal services — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-eighty-fifth development set", path.join(__dirname, "dev985"), 5,
  { precision: 0.95, recall: 0.8, reviewRecall: 0.8, year: 0.95, kind: 0.95 }, 0);
