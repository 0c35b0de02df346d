// Real documents, nine-hundred-and-thirty-sixth development set (tests/real/dev936): public cultural services — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-thirty-sixth development set", path.join(__dirname, "dev936"), 4,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.89, kind: 0.95 }, 1);
