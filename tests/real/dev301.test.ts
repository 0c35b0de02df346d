// Real documents, three-hundred-and-first development set (tests/real/dev301): rural living-environment and agriculture goals of a province, a city, a county and a town, 2009–2022 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-first development set", path.join(__dirname, "dev301"), 4,
  { precision: 0.92, recall: 0.89, reviewRecall: 0.92, year: 0.95, kind: 0.86 }, 1);
