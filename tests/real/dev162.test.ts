// Real documents, hundred-and-sixty-second development set (tests/real/dev162): measures and opinions with goals of 2023–2025 (重庆's and 浙江's private economy, 甘肃's and 福建's tourism, 湖北's action plan, 石狮's investment drive, 浙江's childcare) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-sixty-second development set", path.join(__dirname, "dev162"), 7,
  { precision: 0.98, recall: 0.96, reviewRecall: 0.96, year: 0.84, kind: 0.88 }, 2);
