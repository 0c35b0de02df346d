// Real documents, seven-hundred-and-eighth development set (tests/real/dev708): tea-industry goals of 2021–2022 (浙江's output, 梧州's 六堡茶 plan, 镇巴's 十四五 tea goals, 福建's tea chain) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-eighth development set", path.join(__dirname, "dev708"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.86 }, 2);
