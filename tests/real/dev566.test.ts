// Real documents, five-hundred-and-sixty-sixth development set (tests/real/dev566): Shanghai district plans of 2023 (浦东 industrial digitalisation, 徐汇 preschool and childcare, 闵行 community health centres, 嘉定 connected vehicles) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-sixty-sixth development set", path.join(__dirname, "dev566"), 4,
  { precision: 0.92, recall: 0.95, reviewRecall: 0.95, year: 0.79, kind: 0.88 }, 1);
