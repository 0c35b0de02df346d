// Real documents, two-hundred-and-fifty-fourth development set (tests/real/dev254): progress and completion tables of livelihood projects (Yueyang, Meishan, Yueqing) and quarter sprint goals (Qingfeng, Cangxi) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-fifty-fourth development set", path.join(__dirname, "dev254"), 5,
  { precision: 0.5, recall: 0.45, reviewRecall: 0.45, year: 0.95, kind: 0.95 }, 2);
