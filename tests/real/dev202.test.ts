// Real documents, two-hundred-and-second development set (tests/real/dev202): industry-chain, cluster and investment-attraction plans of 2020–2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-second development set", path.join(__dirname, "dev202"), 7,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 2);
