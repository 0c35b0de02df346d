// Real documents, three-hundred-and-sixty-third development set (tests/real/dev363): county and city work reports and conferences of 2009–2013 (泌阳, 杭州, 德州, 临汾) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-sixty-third development set", path.join(__dirname, "dev363"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.92 }, 0);
