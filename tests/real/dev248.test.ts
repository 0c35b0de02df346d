// Real documents, two-hundred-and-forty-eighth development set (tests/real/dev248): indicator tables and lists of national 14th-plan outlines: agricultural modernisation and the national outline's main indicators — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-forty-eighth development set", path.join(__dirname, "dev248"), 3,
  { precision: 0.95, recall: 0.85, reviewRecall: 0.85, year: 0.95, kind: 0.95 }, 2);
