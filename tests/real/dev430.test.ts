// Real documents, four-hundred-and-thirtieth development set (tests/real/dev430): 上海 浦东's congress goals of 2018 and 2020 and a street's livelihood list of 2023 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-thirtieth development set", path.join(__dirname, "dev430"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
