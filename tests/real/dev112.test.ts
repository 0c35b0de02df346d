// Real documents, hundred-and-twelfth development set (tests/real/dev112): work reports, lists of livelihood projects, 十四五 plans and an indicator table — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-twelfth development set", path.join(__dirname, "dev112"), 16,
  { precision: 0.93, recall: 0.98, reviewRecall: 0.99, year: 0.99, kind: 0.96 }, 4);
