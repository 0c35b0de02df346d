// Real documents, four-hundred-and-forty-first development set (tests/real/dev441): a city's 2022 farm work plan (宣城) and a 2026 summary of the national grain opinion — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-forty-first development set", path.join(__dirname, "dev441"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 0);
