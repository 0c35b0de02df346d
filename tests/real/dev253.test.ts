// Real documents, two-hundred-and-fifty-third development set (tests/real/dev253): Xixia district's 2026 projects, Guangzhou's 2026 investment drive, Jiangxi's 2026 energy goals and a district's 2021 assessment targets — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-fifty-third development set", path.join(__dirname, "dev253"), 4,
  { precision: 0.5, recall: 0.9, reviewRecall: 0.95, year: 0.45, kind: 0.95 }, 0);
