// Real documents, four-hundred-and-sixteenth development set (tests/real/dev416): county and city rural-revitalisation targets of 2018–2024 (朝阳, 马鞍山, 会同, 东方) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-sixteenth development set", path.join(__dirname, "dev416"), 4,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.95, year: 0.95, kind: 0.84 }, 1);
