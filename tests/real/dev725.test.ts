// Real documents, seven-hundred-and-twenty-fifth development set (tests/real/dev725): employment and entrepreneurship goals of 2016–2022 (陕西's and 江苏's disabled employment, 河南's returnees, the national farmer training) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-twenty-fifth development set", path.join(__dirname, "dev725"), 4,
  { precision: 0.86, recall: 0.79, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
