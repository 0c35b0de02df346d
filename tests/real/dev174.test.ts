// Real documents, hundred-and-seventy-fourth development set (tests/real/dev174): 2025–2026 lists and plans of key projects of provinces and a county — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-seventy-fourth development set", path.join(__dirname, "dev174"), 7,
  { precision: 0.91, recall: 0.93, reviewRecall: 0.93, year: 0.98, kind: 0.98 }, 0);
