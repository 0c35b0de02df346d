// Real documents, eight-hundred-and-eighty-fourth development set (tests/real/dev884): social-work stations — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-eighty-fourth development set", path.join(__dirname, "dev884"), 3,
  { precision: 0.8, recall: 0.49, reviewRecall: 0.76, year: 0.84, kind: 0.95 }, 1);
