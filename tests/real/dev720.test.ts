// Real documents, seven-hundred-and-twentieth development set (tests/real/dev720): high-tech enterprise goals of 2018–2019 (山东's innovative province, 湖北's science-work meeting, 大厂's county measures) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-twentieth development set", path.join(__dirname, "dev720"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
