// Real documents, six-hundred-and-ninety-fifth development set (tests/real/dev695): investment-attraction goals of 2021–2024 (马鞍山's hundred-day campaign, 新干's major projects, 曲靖's campaign, a city's half-year report, 碧江's task numbers) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-ninety-fifth development set", path.join(__dirname, "dev695"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.8 }, 1);
