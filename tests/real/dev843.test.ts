// Real documents, eight-hundred-and-forty-third development set (tests/real/dev843): model-village goals of 2019–2024 (芜湖's harmonious villages, 山东's rural-revitalisation demonstration zones, 浙江's future villages in a guideline and the news, 安徽's central villages) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-forty-third development set", path.join(__dirname, "dev843"), 5,
  { precision: 0.73, recall: 0.95, reviewRecall: 0.95, year: 0.89, kind: 0.89 }, 1);
