// Real documents, eight-hundred-and-twenty-eighth development set (tests/real/dev828): emergency-shelter goals of 2009–2022 (安康's disaster shelter points, 浙江's shelter standardisation, 陕西's shelter plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-twenty-eighth development set", path.join(__dirname, "dev828"), 3,
  { precision: 0.95, recall: 0.36, reviewRecall: 0.47, year: 0.8, kind: 0.85 }, 2);
