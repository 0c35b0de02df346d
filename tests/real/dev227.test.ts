// Real documents, two-hundred-and-twenty-seventh development set (tests/real/dev227): Guangdong's low-altitude economy plan, Jilin's ice-and-snow plans and Suzhou's sports plans — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-twenty-seventh development set", path.join(__dirname, "dev227"), 4,
  { precision: 0.85, recall: 0.8, reviewRecall: 0.8, year: 0.85, kind: 0.95 }, 1);
