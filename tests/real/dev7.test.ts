// Real documents, seventh development set (tests/real/dev7): two bureau summaries with their 2023 plans and a district
// work report from outside the corpus, labelled without sight of the engine and first scored unseen (README.md); the
// engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seventh development set", path.join(__dirname, "dev7"), 3,
  { precision: 0.99, recall: 0.95, reviewRecall: 0.97, year: 0.99, kind: 0.97 }, 0);
