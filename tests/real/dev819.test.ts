// Real documents, eight-hundred-and-nineteenth development set (tests/real/dev819): agricultural-insurance goals of 2020–2025 (重庆's coverage, depth and density, a 广东 city's premiums, a province's coverage, 云南's full-cost insurance) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-nineteenth development set", path.join(__dirname, "dev819"), 4,
  { precision: 0.71, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
