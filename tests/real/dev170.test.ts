// Real documents, hundred-and-seventieth development set (tests/real/dev170): bureaus' 2025–2026 work plans and goals — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-seventieth development set", path.join(__dirname, "dev170"), 6,
  { precision: 0.79, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.93 }, 0);
