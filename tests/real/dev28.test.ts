// Real documents, twenty-eighth development set (tests/real/dev28): the openings of thirteen 2022–2025 pages of the
// four municipalities — 北京's 民生实事 news and two 十四五 plan summaries, 东城 and 海淀 reports, 天津's plans and a
// district report, 重庆's carbon opinion, 梁平's action plan and 万州's project table, two 上海 summaries — labelled
// without sight of the engine and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, twenty-eighth development set", path.join(__dirname, "dev28"), 13,
  { precision: 0.93, recall: 0.92, reviewRecall: 0.95, year: 0.97, kind: 0.9 }, 7);
