// Real documents, seven-hundred-and-ninety-first development set (tests/real/dev791): transport goals of 2018–2024 (商洛's investment, 贵州's, 德州's and 广西's work meetings, 广东's investment) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-ninety-first development set", path.join(__dirname, "dev791"), 5,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.95, year: 0.65, kind: 0.76 }, 2);
