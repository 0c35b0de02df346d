// Real documents, seven-hundred-and-thirty-seventh development set (tests/real/dev737): national-fitness goals of 2016–2024 (贵州's and 菏泽's fitness plans, 遂宁's trails, 河北's sports parks, the national plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-thirty-seventh development set", path.join(__dirname, "dev737"), 5,
  { precision: 0.87, recall: 0.95, reviewRecall: 0.95, year: 0.83, kind: 0.91 }, 3);
