// Real documents, five-hundred-and-thirty-ninth development set (tests/real/dev539): employment and human-resources goals of 2020–2023 (天津, 青岛's three-year plan, 定西, a round-up of provinces' job goals) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-thirty-ninth development set", path.join(__dirname, "dev539"), 4,
  { precision: 0.92, recall: 0.89, reviewRecall: 0.89, year: 0.95, kind: 0.95 }, 2);
