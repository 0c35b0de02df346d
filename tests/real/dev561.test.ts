// Real documents, five-hundred-and-sixty-first development set (tests/real/dev561): city carbon-peak implementation plans of 2022–2023 (天津, 广州) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-sixty-first development set", path.join(__dirname, "dev561"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
