// Real documents, seven-hundred-and-seventy-eighth development set (tests/real/dev778): railway goals of 2016–2021 (江苏's network to 2025, 湖北's 十四五, 山东's and 甘肃's 十三五) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-seventy-eighth development set", path.join(__dirname, "dev778"), 4,
  { precision: 0.79, recall: 0.9, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
