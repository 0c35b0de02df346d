// Real documents, four-hundred-and-eighty-fifth development set (tests/real/dev485): 上海's 2026 technology goals as the wire reported them — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-eighty-fifth development set", path.join(__dirname, "dev485"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
