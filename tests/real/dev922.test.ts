// Real documents, nine-hundred-and-twenty-second development set (tests/real/dev922): crop straw use — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-twenty-second development set", path.join(__dirname, "dev922"), 5,
  { precision: 0.78, recall: 0.92, reviewRecall: 0.92, year: 0.9, kind: 0.95 }, 2);
