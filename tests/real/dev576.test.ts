// Real documents, five-hundred-and-seventy-sixth development set (tests/real/dev576): marine-economy and fisheries goals of 2021–2023 (the national deep-sea aquaculture plan, 广西's three-year plan, 广东 and 江苏 十四五 plans, 山东's work report) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-seventy-sixth development set", path.join(__dirname, "dev576"), 5,
  { precision: 0.8, recall: 0.89, reviewRecall: 0.89, year: 0.72, kind: 0.89 }, 2);
