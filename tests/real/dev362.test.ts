// Real documents, three-hundred-and-sixty-second development set (tests/real/dev362): departments' and cities' yearly work targets of 2015–2025: employment, industry and IT, agriculture, grain (岳阳, 随州, 河北, 邵阳) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-sixty-second development set", path.join(__dirname, "dev362"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
