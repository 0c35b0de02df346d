// Real documents, seven-hundred-and-sixty-sixth development set (tests/real/dev766): disability and barrier-free goals of 2018–2026 (陕西's training and retrofits, 甘肃's rehabilitation, 江西's employment, 江苏's homes, 常德's home retrofits) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-sixty-sixth development set", path.join(__dirname, "dev766"), 5,
  { precision: 0.65, recall: 0.95, reviewRecall: 0.95, year: 0.78, kind: 0.86 }, 0);
