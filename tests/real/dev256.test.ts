// Real documents, two-hundred-and-fifty-sixth development set (tests/real/dev256): territorial spatial plan approvals (Hebei, Jiangxi, the Yangtze delta demonstration zone), a forest-chief opinion (Shanxi) and national wetland goals — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-fifty-sixth development set", path.join(__dirname, "dev256"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
