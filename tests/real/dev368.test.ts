// Real documents, three-hundred-and-sixty-eighth development set (tests/real/dev368): towns' and streets' work reports and plans of 2014–2021 (石狮 鸿山, 衡阳 雁峰, 东莞 高埗, 天津 武清 下朱庄) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-sixty-eighth development set", path.join(__dirname, "dev368"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.72 }, 0);
