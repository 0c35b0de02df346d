// Real documents, four-hundred-and-thirty-second development set (tests/real/dev432): party congresses' five-year goals of 2021 (莆田, 获嘉) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-thirty-second development set", path.join(__dirname, "dev432"), 2,
  { precision: 0.76, recall: 0.95, reviewRecall: 0.95, year: 0.5, kind: 0.95 }, 1);
