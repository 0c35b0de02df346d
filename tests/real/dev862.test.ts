// Real documents, eight-hundred-and-sixty-second development set (tests/real/dev862): teacher workforce — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-sixty-second development set", path.join(__dirname, "dev862"), 4,
  { precision: 0.82, recall: 0.95, reviewRecall: 0.95, year: 0.9, kind: 0.9 }, 2);
