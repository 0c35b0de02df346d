// Real documents, two-hundred-and-twenty-eighth development set (tests/real/dev228): department work plans: Luoyang science 2008, Shangnan farming 2012, Quanzhou hospital beds 2016, Shangluo transport 2017 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-twenty-eighth development set", path.join(__dirname, "dev228"), 4,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 2);
