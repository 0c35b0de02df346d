// Real documents, six-hundred-and-thirty-fifth development set (tests/real/dev635): science-popularisation goals of 2016–2025 (杭州's 十三五 literacy targets in a traditional-character mirror, 海南's venues and bases, 上海's 十三五 plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-thirty-fifth development set", path.join(__dirname, "dev635"), 3,
  { precision: 0.91, recall: 0.75, reviewRecall: 0.75, year: 0.86, kind: 0.86 }, 0);
