// Real documents, three-hundred-and-nineteenth development set (tests/real/dev319): provincial work reports of 2024 (青海, 湖北, 广东, 内蒙古, 山东) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-nineteenth development set", path.join(__dirname, "dev319"), 5,
  { precision: 0.75, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.87 }, 0);
