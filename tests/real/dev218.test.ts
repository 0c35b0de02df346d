// Real documents, two-hundred-and-eighteenth development set (tests/real/dev218): 十五五 goals of Jinan, Jining and Jieyang and a commentary on the national outline's draft, 2025–2026 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-eighteenth development set", path.join(__dirname, "dev218"), 4,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 3);
