// Real documents, seven-hundred-and-forty-eighth development set (tests/real/dev748): village collective-economy goals of 2019–2022 (河北's income, 慈溪, 浙江's consolidation and strong-village firms, 海西) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-forty-eighth development set", path.join(__dirname, "dev748"), 5,
  { precision: 0.66, recall: 0.83, reviewRecall: 0.89, year: 0.61, kind: 0.95 }, 2);
