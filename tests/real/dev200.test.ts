// Real documents, two-hundredth development set (tests/real/dev200): women's and children's development plans and healthy-city plans of 2015–2023 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundredth development set", path.join(__dirname, "dev200"), 5,
  { precision: 0.88, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 1);
