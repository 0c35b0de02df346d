// Real documents, two-hundred-and-ninety-first development set (tests/real/dev291): 上海's 2026 goals as reported after its people's congress — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-ninety-first development set", path.join(__dirname, "dev291"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.75 }, 0);
