// Real documents, hundred-and-twenty-seventh development set (tests/real/dev127): progress and completion reports of
// livelihood projects, 2023–2024, whose restated targets alone are labelled — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-twenty-seventh development set", path.join(__dirname, "dev127"), 4,
  { precision: 0.6, recall: 0.92, reviewRecall: 0.92, year: 0.99, kind: 0.99 }, 0);
