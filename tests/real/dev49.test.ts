// Real documents, forty-ninth development set (tests/real/dev49): twelve special plans of the 十四五 period and one
// county's water-supply goals to 2027 (科技, 卫生健康 with its 主要指标 table, 林业, 全民健身, 新型城镇化, 乡村产业, 服务业) —
// labelled without sight of the engine and first scored unseen (README.md); the engine has since been developed
// against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, forty-ninth development set", path.join(__dirname, "dev49"), 12,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.97, year: 0.97, kind: 0.94 });
