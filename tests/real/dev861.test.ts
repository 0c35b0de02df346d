// Real documents, eight-hundred-and-sixty-first development set (tests/real/dev861): reservoir resettlement support — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-sixty-first development set", path.join(__dirname, "dev861"), 4,
  { precision: 0.55, recall: 0.88, reviewRecall: 0.88, year: 0.73, kind: 0.8 }, 1);
