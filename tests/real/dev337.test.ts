// Real documents, three-hundred-and-thirty-seventh development set (tests/real/dev337): 十四五 special plans reported by news, 2021–2022: science and technology, climate and energy, sports and fitness (广西, 湖北, 江苏, 苏州) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-thirty-seventh development set", path.join(__dirname, "dev337"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 3);
