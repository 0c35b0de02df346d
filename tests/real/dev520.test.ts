// Real documents, five-hundred-and-twentieth development set (tests/real/dev520): a municipality's and a province's goals of 2021–2022 in pinyin-glossed traditional-character reposts (上海's 2021 report, 湖北's river-basin plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-twentieth development set", path.join(__dirname, "dev520"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
