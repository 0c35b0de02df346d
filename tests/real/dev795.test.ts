// Real documents, seven-hundred-and-ninety-fifth development set (tests/real/dev795): agriculture and rural work goals of 2017–2020 (眉山's 2020 work, 西固's rural work meeting, 商丘's agriculture tasks) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-ninety-fifth development set", path.join(__dirname, "dev795"), 3,
  { precision: 0.83, recall: 0.92, reviewRecall: 0.95, year: 0.16, kind: 0.73 }, 0);
