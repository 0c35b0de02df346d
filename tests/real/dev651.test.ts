// Real documents, six-hundred-and-fifty-first development set (tests/real/dev651): rural living-environment goals of 2018–2025 (许昌's three-year targets in a pinyin-glossed mirror, 重庆's rural toilets, two 甘肃 toilet and village-cleaning pages, an unnamed province's three-year targets) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-fifty-first development set", path.join(__dirname, "dev651"), 5,
  { precision: 0.83, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 3);
