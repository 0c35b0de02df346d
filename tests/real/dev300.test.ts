// Real documents, three-hundredth development set (tests/real/dev300): education and health goals of cities, districts and a county, 2017–2021 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundredth development set", path.join(__dirname, "dev300"), 5,
  { precision: 0.92, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.92 }, 1);
