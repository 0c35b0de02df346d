// Real documents, two-hundred-and-twelfth development set (tests/real/dev212): ecology special plans and five-year-plan goals of Luzhou, the nation and Beijing, and the Central Plains Economic Region plan, 2012–2022 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-twelfth development set", path.join(__dirname, "dev212"), 3,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
