// Real documents, four-hundred-and-thirty-fourth development set (tests/real/dev434): investment campaigns of 2018–2022 (蒙城, 华容, 渭滨, 历城) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-thirty-fourth development set", path.join(__dirname, "dev434"), 4,
  { precision: 0.77, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.79 }, 1);
