// Real documents, nine-hundred-and-eighty-fourth development set (tests/real/dev984): tobacco leaf — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-eighty-fourth development set", path.join(__dirname, "dev984"), 5,
  { precision: 0.74, recall: 0.92, reviewRecall: 0.95, year: 0.89, kind: 0.87 }, 0);
