// Real documents, hundred-and-eighty-sixth development set (tests/real/dev186): 上海's and large cities' action plans, AI plans and a work report's news, 2022–2026 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-eighty-sixth development set", path.join(__dirname, "dev186"), 7,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.9, kind: 0.8 }, 3);
