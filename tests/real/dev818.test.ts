// Real documents, eight-hundred-and-eighteenth development set (tests/real/dev818): radio, television and emergency-broadcasting goals of 2016–2024 (北京's emergency broadcasting, 云南's radio and TV access, 来宾's smart broadcasting, 秦安's emergency broadcasting, 日喀则's satellite access) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-eighteenth development set", path.join(__dirname, "dev818"), 5,
  { precision: 0.75, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.47 }, 3);
