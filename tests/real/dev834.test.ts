// Real documents, eight-hundred-and-thirty-fourth development set (tests/real/dev834): steel, nonferrous and building-materials goals of 2016–2021 (唐山's steel cuts, 河北's steel, cement and glass capacity, 黄石's copper industry, 山东's building materials, 廊坊's steel exit) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-thirty-fourth development set", path.join(__dirname, "dev834"), 5,
  { precision: 0.8, recall: 0.9, reviewRecall: 0.95, year: 0.86, kind: 0.55 }, 2);
