// Real documents, fifty-ninth development set (tests/real/dev59): four action, implementation and work plans of
// cities and districts, 2023–2026 (a district's digital economy, a city's convenience circles, a city's split-up of
// its 2026 targets, a district's life-expectancy plan) — labelled without sight of the engine and first scored unseen
// (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, fifty-ninth development set", path.join(__dirname, "dev59"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 3);
