// Real documents, fifty-fifth development set (tests/real/dev55): two pages only — 东方's 2023 work report summary and
// 锡林郭勒盟's 2024 annual plan; the page store held no more unused county and prefecture work reports — labelled without
// sight of the engine and first scored unseen (README.md).
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, fifty-fifth development set", path.join(__dirname, "dev55"), 2,
  { precision: 0.97, recall: 0.97, reviewRecall: 0.97, year: 0.97, kind: 0.97 }, 0);
