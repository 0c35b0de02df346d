// Real documents, hundred-and-fifty-sixth development set (tests/real/dev156): big cities' commission plans of 2023–2026 (上海's manufacturing, childcare and sports, 成都, 杭州's cross-border trade, 北京's housing, 南京, 武汉) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-fifty-sixth development set", path.join(__dirname, "dev156"), 10,
  { precision: 0.95, recall: 0.93, reviewRecall: 0.95, year: 0.98, kind: 0.86 }, 2);
