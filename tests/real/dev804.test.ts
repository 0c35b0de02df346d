// Real documents, eight-hundred-and-fourth development set (tests/real/dev804): intelligent-manufacturing and industrial-internet goals of 2020–2022 (贵州's big-data integration projects, 太仓's smart transformation, 青岛's industrial-internet clusters) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-fourth development set", path.join(__dirname, "dev804"), 3,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.61, kind: 0.95 }, 2);
