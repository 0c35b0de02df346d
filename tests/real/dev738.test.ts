// Real documents, seven-hundred-and-thirty-eighth development set (tests/real/dev738): biomedicine-industry goals of 2021–2024 (湖北's revenue, 吉林's scale, 泉州's 十四五 output, 江苏's clusters, the national plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-thirty-eighth development set", path.join(__dirname, "dev738"), 5,
  { precision: 0.92, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.85 }, 3);
