// Real documents, two-hundred-and-sixty-fifth development set (tests/real/dev265): social-security, civil-affairs and housing-fund goals (Changde, Hebei, Nanchang, Tianshui) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-sixty-fifth development set", path.join(__dirname, "dev265"), 4,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.95, year: 0.95, kind: 0.84 }, 2);
