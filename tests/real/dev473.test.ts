// Real documents, four-hundred-and-seventy-third development set (tests/real/dev473): a 上海 district's 2024 work report goals (长宁) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-seventy-third development set", path.join(__dirname, "dev473"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
