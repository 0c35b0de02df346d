// Real documents, seven-hundred-and-fifty-ninth development set (tests/real/dev759): high-standard farmland goals of 2021–2030 (河南's annual tasks, 四川's plan to 2030, 山东's 6500万亩, 永昌's county project) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-fifty-ninth development set", path.join(__dirname, "dev759"), 4,
  { precision: 0.65, recall: 0.88, reviewRecall: 0.88, year: 0.8, kind: 0.73 }, 0);
