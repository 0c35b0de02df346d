// Real documents, forty-eighth development set (tests/real/dev48): five 2024–2025 livelihood-project lists of a city,
// districts and counties (西安, 番禺, 宣城, 蚌山, 淮南) — labelled without sight of the engine and first scored unseen
// (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, forty-eighth development set", path.join(__dirname, "dev48"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.97, kind: 0.93 }, 1);
