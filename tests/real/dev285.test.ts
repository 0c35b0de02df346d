// Real documents, two-hundred-and-eighty-fifth development set (tests/real/dev285): 上海's district and municipal-bureau action plans, 2020–2022 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-eighty-fifth development set", path.join(__dirname, "dev285"), 5,
  { precision: 0.86, recall: 0.95, reviewRecall: 0.95, year: 0.9, kind: 0.81 }, 3);
