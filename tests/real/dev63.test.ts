// Real documents, sixty-third development set (tests/real/dev63): six news reports of national plans and goals,
// 2021–2022, from a public news-feed archive (two 十四五 work plans, three pieces on the 2022 GDP target, an economist's
// talk) — labelled without sight of the engine and first scored unseen (README.md); the engine has since been
// developed against them too. Commentary states many figures that are no goals: the precision floor is low.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, sixty-third development set", path.join(__dirname, "dev63"), 6,
  { precision: 0.5, recall: 0.85, reviewRecall: 0.92, year: 0.95, kind: 0.93 }, 0);
