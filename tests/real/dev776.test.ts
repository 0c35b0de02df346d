// Real documents, seven-hundred-and-seventy-sixth development set (tests/real/dev776): property-management goals of 2020–2025 (东河's and 包头's service quality, 北京's three-year plan, 宁波's coverage) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-seventy-sixth development set", path.join(__dirname, "dev776"), 4,
  { precision: 0.89, recall: 0.57, reviewRecall: 0.64, year: 0.89, kind: 0.78 }, 0);
