// Real documents, five-hundred-and-forty-sixth development set (tests/real/dev546): science and digital-economy plans of 2020–2022 (辽宁, 十堰, 云南, 江西) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-forty-sixth development set", path.join(__dirname, "dev546"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.83 }, 0);
