// Real documents, three-hundred-and-seventy-sixth development set (tests/real/dev376): bureaus' and provinces' yearly work plans of 2017–2023 (成都 civil affairs, 甘肃 grain, 湖北 urban green development, 惠州 human resources) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-seventy-sixth development set", path.join(__dirname, "dev376"), 4,
  { precision: 0.95, recall: 0.82, reviewRecall: 0.84, year: 0.95, kind: 0.92 }, 0);
