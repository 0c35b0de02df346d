// Real documents, eight-hundred-and-seventy-seventh development set (tests/real/dev877): black-and-odorous water bodies — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-seventy-seventh development set", path.join(__dirname, "dev877"), 5,
  { precision: 0.55, recall: 0.61, reviewRecall: 0.67, year: 0.7, kind: 0.95 }, 2);
