// Real documents, hundred-and-forty-second development set (tests/real/dev142): 2026 lists of 实事 of a new area, a district
// and a county-level city, and news of a city's 2026 report — labelled without sight of the engine and first scored
// unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-forty-second development set", path.join(__dirname, "dev142"), 4,
  { precision: 0.99, recall: 0.99, reviewRecall: 0.99, year: 0.99, kind: 0.99 }, 0);
