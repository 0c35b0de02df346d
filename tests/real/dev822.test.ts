// Real documents, eight-hundred-and-twenty-second development set (tests/real/dev822): social-credit goals of 2022 (安徽's action plan for the high-quality development of the social-credit system) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-twenty-second development set", path.join(__dirname, "dev822"), 1,
  { precision: 0.95, recall: 0.45, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
