// Real documents, three-hundred-and-ninety-second development set (tests/real/dev392): cities' and a province's housing-security and livelihood plans of 2012–2015 (汉中, 唐山, 甘肃) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-ninety-second development set", path.join(__dirname, "dev392"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.81 }, 1);
