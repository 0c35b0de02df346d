// Real documents, twenty-seventh development set (tests/real/dev27): the openings of twelve 2021–2023 pages — 十四五
// special plans and outline summaries of provinces, prefectures and a high-tech zone, two county implementation plans,
// one with a bar table of 2023/2025/2027 targets — labelled without sight of the engine and first scored unseen
// (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, twenty-seventh development set", path.join(__dirname, "dev27"), 12,
  { precision: 0.97, recall: 0.98, reviewRecall: 0.98, year: 0.97, kind: 0.91 }, 8);
