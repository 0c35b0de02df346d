// Real documents, two-hundred-and-tenth development set (tests/real/dev210): county and new-area work reports and work-meeting goals of Gansu, Hubei and Guangxi, 2020–2023 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-tenth development set", path.join(__dirname, "dev210"), 3,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
