// Real documents, hundred-and-sixty-seventh development set (tests/real/dev167): county pages of 2025–2026: an interview, two lists of 实事 chosen by vote — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-sixty-seventh development set", path.join(__dirname, "dev167"), 3,
  { precision: 0.83, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.98 }, 0);
