// Real documents, two-hundred-and-sixteenth development set (tests/real/dev216): five-year goals of Fujian cities' party congresses, Shanghai's 2008 report and Sichuan's party congress, 2008–2022 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-sixteenth development set", path.join(__dirname, "dev216"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
