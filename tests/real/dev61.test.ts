// Real documents, sixty-first development set (tests/real/dev61): six news reports of provincial and city plans,
// 2021–2022, from a public news-feed archive (浙江's housing, investment and manufacturing plans, 长沙's party-congress
// goals beside four capitals' digital-economy plans, provinces' housing quotas, 济南's 中医药 plan) — labelled without
// sight of the engine and first scored unseen (README.md); the engine has since been developed against them too. News
// reports mix goals with the present state: the floors are low, and guard what is read now.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, sixty-first development set", path.join(__dirname, "dev61"), 6,
  { precision: 0.74, recall: 0.95, reviewRecall: 0.97, year: 0.87, kind: 0.85 }, 0);
