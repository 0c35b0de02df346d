// Real documents, seven-hundred-and-sixty-first development set (tests/real/dev761): affordable-housing goals of 2021–2024 (安徽's shantytown and public-rental tasks, 西安's 十四五 rental housing, 青海's and 江苏's annual tasks) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-sixty-first development set", path.join(__dirname, "dev761"), 4,
  { precision: 0.81, recall: 0.95, reviewRecall: 0.95, year: 0.55, kind: 0.61 }, 1);
