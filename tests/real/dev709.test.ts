// Real documents, seven-hundred-and-ninth development set (tests/real/dev709): night-economy and pedestrian-street goals of 2020–2022 (河南's guidance, the national street pilots, 重庆's zones, 合肥's streets) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-ninth development set", path.join(__dirname, "dev709"), 4,
  { precision: 0.86, recall: 0.86, reviewRecall: 0.86, year: 0.67, kind: 0.95 }, 2);
