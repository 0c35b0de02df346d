// Real documents, two-hundred-and-thirty-fourth development set (tests/real/dev234): livelihood project lists of Dapeng, Bao'an and Xiangzhou — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-thirty-fourth development set", path.join(__dirname, "dev234"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 0);
