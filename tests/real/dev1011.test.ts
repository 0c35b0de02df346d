// Real documents, one-thousand-and-eleventh development set (tests/real/dev1011): charity — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, one-thousand-and-eleventh development set", path.join(__dirname, "dev1011"), 5,
  { precision: 0.86, recall: 0.95, reviewRecall: 0.95, year: 0.88, kind: 0.88 }, 3);
