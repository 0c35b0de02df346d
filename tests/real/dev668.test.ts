// Real documents, six-hundred-and-sixty-eighth development set (tests/real/dev668): 5G and gigabit-network goals of 2020–2023 (福建's base stations, a digest of provinces' 2021 goals, 四川's action plan, 湖北's 登峰 action, 山西's gigabit ports) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-sixty-eighth development set", path.join(__dirname, "dev668"), 5,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.72, kind: 0.81 }, 2);
