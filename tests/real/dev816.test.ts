// Real documents, eight-hundred-and-sixteenth development set (tests/real/dev816): urban sanitation goals of 2021–2024 (潍坊's road-cleaning standards, a city's sanitation-centre work plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-sixteenth development set", path.join(__dirname, "dev816"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
