// Real documents, hundred-and-thirteenth development set (tests/real/dev113): action plans and the year's goals of cities, districts, parks and a town — labelled without sight of the
// engine and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-thirteenth development set", path.join(__dirname, "dev113"), 14,
  { precision: 0.97, recall: 0.98, reviewRecall: 0.98, year: 0.99, kind: 0.97 }, 3);
