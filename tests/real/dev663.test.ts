// Real documents, six-hundred-and-sixty-third development set (tests/real/dev663): new-energy-vehicle goals of 2016–2025 (海南's promotion tasks in traditional characters, 上海's 2021–2025 plan, 重庆's 2020 and 2022 goals, 河南's opinions) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-sixty-third development set", path.join(__dirname, "dev663"), 4,
  { precision: 0.95, recall: 0.76, reviewRecall: 0.95, year: 0.95, kind: 0.75 }, 3);
