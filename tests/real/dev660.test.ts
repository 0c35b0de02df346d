// Real documents, six-hundred-and-sixtieth development set (tests/real/dev660): social-governance goals of 2019–2023 (a district's people's-mediation standards, a 揭阳 county's road-safety campaign) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-sixtieth development set", path.join(__dirname, "dev660"), 2,
  { precision: 0.95, recall: 0.88, reviewRecall: 0.88, year: 0.52, kind: 0.87 }, 1);
