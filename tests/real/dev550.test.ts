// Real documents, five-hundred-and-fiftieth development set (tests/real/dev550): market-regulation, food-safety and lift-safety goals of 2021–2023 (神农架, 重庆, 嘉兴, 聊城) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-fiftieth development set", path.join(__dirname, "dev550"), 5,
  { precision: 0.68, recall: 0.9, reviewRecall: 0.9, year: 0.73, kind: 0.95 }, 0);
