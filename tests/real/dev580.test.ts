// Real documents, five-hundred-and-eightieth development set (tests/real/dev580): enterprise-cultivation plans of 2021–2022 (青岛 专精特新, 湘潭 market entities, 安徽's 十四五 SME plan, 云南 and 哈尔滨 above-scale firms) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-eightieth development set", path.join(__dirname, "dev580"), 5,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
