// Real documents, fifty-seventh development set (tests/real/dev57): nine agriculture and rural pages of 2023–2025
// (和美乡村, 农村改革, a municipality's farm targets, provincial 乡村振兴 opinions, a district's rural work meeting, a
// region's work meeting, a county's work points, a city's 千万工程 opinion, rural roads) — labelled without sight of the
// engine and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, fifty-seventh development set", path.join(__dirname, "dev57"), 9,
  { precision: 0.95, recall: 0.97, reviewRecall: 0.97, year: 0.95, kind: 0.9 }, 0);
