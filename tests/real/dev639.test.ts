// Real documents, six-hundred-and-thirty-ninth development set (tests/real/dev639): work-safety and disaster-reduction goals of 2016–2020 (山东's and 陕西's 十三五 work safety, 贵州's and 山东's disaster reduction) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-thirty-ninth development set", path.join(__dirname, "dev639"), 4,
  { precision: 0.95, recall: 0.87, reviewRecall: 0.87, year: 0.95, kind: 0.95 }, 4);
