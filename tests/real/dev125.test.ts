// Real documents, hundred-and-twenty-fifth development set (tests/real/dev125): one sector of a year's work each —
// transport, elder and child care, employment, schools, ecology — in news of 2014–2026 — labelled without sight of the
// engine and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-twenty-fifth development set", path.join(__dirname, "dev125"), 9,
  { precision: 0.87, recall: 0.89, reviewRecall: 0.93, year: 0.98, kind: 0.91 }, 2);
