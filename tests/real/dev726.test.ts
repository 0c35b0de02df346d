// Real documents, seven-hundred-and-twenty-sixth development set (tests/real/dev726): new-infrastructure goals of 2020–2023 (辽宁's industrial internet, a city's plan, 福建's bandwidth, the national notice, 广州's plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-twenty-sixth development set", path.join(__dirname, "dev726"), 5,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.91, year: 0.95, kind: 0.84 }, 4);
