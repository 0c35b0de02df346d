// Real documents, seven-hundred-and-sixty-eighth development set (tests/real/dev768): software and integrated-circuit goals of 2021–2024 (湖南's revival plan, 湖北's industry chain, 四川's three-year plan, 重庆's action plan, 山东's chip and discipline plans) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-sixty-eighth development set", path.join(__dirname, "dev768"), 5,
  { precision: 0.92, recall: 0.9, reviewRecall: 0.95, year: 0.95, kind: 0.92 }, 3);
