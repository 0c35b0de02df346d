// Real documents, six-hundred-and-seventy-ninth development set (tests/real/dev679): domestic-service goals of 2019–2027 (甘肃's training, 广东's 南粤家政 in two reports, the national leader action and training drive) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-seventy-ninth development set", path.join(__dirname, "dev679"), 5,
  { precision: 0.86, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
