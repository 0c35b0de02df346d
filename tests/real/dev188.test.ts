// Real documents, hundred-and-eighty-eighth development set (tests/real/dev188): towns' and districts' five-year goals, districts' tasks of a year and a city's air-quality goals, 2016–2021 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-eighty-eighth development set", path.join(__dirname, "dev188"), 6,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.9, kind: 0.85 }, 3);
