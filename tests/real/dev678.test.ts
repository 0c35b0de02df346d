// Real documents, six-hundred-and-seventy-eighth development set (tests/real/dev678): wetland and nature-reserve goals of 2016–2025 (苏州's wetland plan, 福建's nature reserves, 河北's wetland 十三五, 浙江's 2020 wetland targets) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-seventy-eighth development set", path.join(__dirname, "dev678"), 4,
  { precision: 0.89, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
