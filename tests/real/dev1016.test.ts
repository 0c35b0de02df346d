// Real documents, one-thousand-and-sixteenth development set (tests/real/dev1016): jewellery and jade — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-sixteenth development set", path.join(__dirname, "dev1016"), 5,
  { precision: 0.36, recall: 0.65, reviewRecall: 0.65, year: 0.36, kind: 0.95 }, 5);
