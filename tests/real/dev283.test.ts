// Real documents, two-hundred-and-eighty-third development set (tests/real/dev283): elderly-care, childcare and livelihood goals (Tianjin, Shanghai, Harbin, Shandong, Fengtai), 2012–2024 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-eighty-third development set", path.join(__dirname, "dev283"), 5,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.95, year: 0.95, kind: 0.91 }, 1);
