// Real documents, six-hundred-and-fortieth development set (tests/real/dev640): livestock, pig and fishery goals of 2016–2025 (四川's livestock, 天津's fishery 十四五, 山西's pig output, 广东's pig capacity) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-fortieth development set", path.join(__dirname, "dev640"), 4,
  { precision: 0.91, recall: 0.87, reviewRecall: 0.95, year: 0.95, kind: 0.91 }, 1);
