// Real documents, seven-hundred-and-thirty-ninth development set (tests/real/dev739): shantytown-renovation goals of 2016–2020 (泰州's housing tasks, 沧州's milestones, 河北, 山东, the national plan of 2019) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-thirty-ninth development set", path.join(__dirname, "dev739"), 5,
  { precision: 0.82, recall: 0.9, reviewRecall: 0.9, year: 0.76, kind: 0.9 }, 1);
