// Real documents, eight-hundred-and-thirtieth development set (tests/real/dev830): cultivated-land protection goals of 2019–2024 (甘肃's farmland to 2035, 陕西's retention and supplement, 湖北's spatial plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-thirtieth development set", path.join(__dirname, "dev830"), 3,
  { precision: 0.88, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.8 }, 2);
