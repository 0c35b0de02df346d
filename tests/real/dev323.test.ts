// Real documents, three-hundred-and-twenty-third development set (tests/real/dev323): a city mayor's 2025 tasks at a provincial congress (南京) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-twenty-third development set", path.join(__dirname, "dev323"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
