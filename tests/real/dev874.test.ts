// Real documents, eight-hundred-and-seventy-fourth development set (tests/real/dev874): convenience living circles — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-seventy-fourth development set", path.join(__dirname, "dev874"), 4,
  { precision: 0.9, recall: 0.9, reviewRecall: 0.95, year: 0.89, kind: 0.89 }, 4);
