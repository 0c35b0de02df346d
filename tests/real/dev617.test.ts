// Real documents, six-hundred-and-seventeenth development set (tests/real/dev617): farmland and land-consolidation goals of 2023–2027 (济宁's and 永昌's high-standard farmland tasks, 五华's farmland plan, 宜兴 新建's consolidation plan, 夷陵's project) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-seventeenth development set", path.join(__dirname, "dev617"), 5,
  { precision: 0.69, recall: 0.95, reviewRecall: 0.95, year: 0.64, kind: 0.86 }, 1);
