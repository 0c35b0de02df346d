// Real documents, hundred-and-thirty-second development set (tests/real/dev132): annual work and investment plans for 2026 (grain, industry, a city's policy package, key projects, national investment plans) — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-thirty-second development set", path.join(__dirname, "dev132"), 5,
  { precision: 0.61, recall: 0.99, reviewRecall: 0.99, year: 0.99, kind: 0.79 }, 0);
