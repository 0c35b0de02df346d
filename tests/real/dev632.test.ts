// Real documents, six-hundred-and-thirty-second development set (tests/real/dev632): ice-and-snow and fitness goals of 2016–2020 (吉林's rinks and ski resorts, 福建's fitness plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-thirty-second development set", path.join(__dirname, "dev632"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.7, kind: 0.95 }, 1);
