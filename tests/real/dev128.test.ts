// Real documents, hundred-and-twenty-eighth development set (tests/real/dev128): cities' and counties' major-project
// and investment plans of 2024–2026 — labelled without sight of the engine and first scored unseen (README.md); the
// engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-twenty-eighth development set", path.join(__dirname, "dev128"), 8,
  { precision: 0.86, recall: 0.99, reviewRecall: 0.99, year: 0.99, kind: 0.96 }, 0);
