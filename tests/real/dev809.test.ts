// Real documents, eight-hundred-and-ninth development set (tests/real/dev809): population-development goals of 2017–2022 (安徽's and 山东's 十三五 population plans, 海南's and 广东's population and urbanisation, 济南's and 四川's long-term population plans) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-ninth development set", path.join(__dirname, "dev809"), 5,
  { precision: 0.73, recall: 0.87, reviewRecall: 0.87, year: 0.95, kind: 0.91 }, 2);
