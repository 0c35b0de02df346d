// Real documents, three-hundred-and-twenty-sixth development set (tests/real/dev326): 2026 provincial work-report and 十五五 goals as the press reported them (安徽, 黑龙江) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-twenty-sixth development set", path.join(__dirname, "dev326"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
