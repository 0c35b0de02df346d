// Real documents, two-hundred-and-fourteenth development set (tests/real/dev214): a town's plan of the new year, street and development-zone goals of Hubei, Hunan and Jiangxi, 2013–2026 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-fourteenth development set", path.join(__dirname, "dev214"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 1);
