// Real documents, nine-hundred-and-forty-fifth development set (tests/real/dev945): fruit industries — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-forty-fifth development set", path.join(__dirname, "dev945"), 5,
  { precision: 0.68, recall: 0.88, reviewRecall: 0.88, year: 0.95, kind: 0.87 }, 2);
