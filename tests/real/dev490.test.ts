// Real documents, four-hundred-and-ninetieth development set (tests/real/dev490): health items of 广东's 2026 ten livelihood projects in a health paper — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-ninetieth development set", path.join(__dirname, "dev490"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
