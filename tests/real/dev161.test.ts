// Real documents, hundred-and-sixty-first development set (tests/real/dev161): 上海 districts' and zones' plans of 2021–2025 (临港's 十四五 outline, education and clusters, 松江's carbon peak, 闵行's 虹桥 plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-sixty-first development set", path.join(__dirname, "dev161"), 5,
  { precision: 0.85, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.98 }, 2);
