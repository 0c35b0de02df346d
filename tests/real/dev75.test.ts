// Real documents, seventy-fifth development set (tests/real/dev75): twelve pages of the south and west (retellings of
// work reports, livelihood lists, a public-service plan, two 十四五 outlines; four never state their year, given as a user
// would) — labelled without sight of the engine and first scored unseen (README.md); the engine has since been developed
// against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seventy-fifth development set", path.join(__dirname, "dev75"), 12,
  { precision: 0.97, recall: 0.97, reviewRecall: 0.97, year: 0.98, kind: 0.89 }, 4);
