// Real documents, hundred-and-twenty-fourth development set (tests/real/dev124): towns', streets' and a new town's
// annual plans of 2023–2026 — labelled without sight of the engine and first scored unseen (README.md); the engine has
// since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-twenty-fourth development set", path.join(__dirname, "dev124"), 9,
  { precision: 0.98, recall: 0.93, reviewRecall: 0.96, year: 0.99, kind: 0.88 }, 2);
