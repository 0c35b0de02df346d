// Real documents, thirty-first development set (tests/real/dev31): the openings of nine 2022–2026 city and district
// pages — 青岛's 2026 report summary, 荥阳 and 瑶海 report excerpts, policy measures of 嘉兴 and 婺城, AI action plans of
// 仙桃 and 嘉兴, 临沂's industry opinion and 成都's community-services plan — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, thirty-first development set", path.join(__dirname, "dev31"), 9,
  { precision: 0.98, recall: 0.93, reviewRecall: 0.95, year: 0.98, kind: 0.93 }, 2);
