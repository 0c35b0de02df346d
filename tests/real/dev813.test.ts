// Real documents, eight-hundred-and-thirteenth development set (tests/real/dev813): electric-power and grid goals of 2016–2022 (甘肃's grid investment and 十四五 grid plan, 四川's grid projects in deep-poverty areas, 河南's grid upgrade in poverty counties) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-thirteenth development set", path.join(__dirname, "dev813"), 4,
  { precision: 0.65, recall: 0.72, reviewRecall: 0.78, year: 0.52, kind: 0.73 }, 0);
