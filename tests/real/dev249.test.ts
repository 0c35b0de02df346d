// Real documents, two-hundred-and-forty-ninth development set (tests/real/dev249): sectors' yearly goals: Fujian and Heilongjiang afforestation, Weixi market supervision, Guangdong employment — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-forty-ninth development set", path.join(__dirname, "dev249"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.75 }, 3);
