// Real documents, eight-hundred-and-thirty-first development set (tests/real/dev831): land-efficiency goals of 2016–2025 (漳州's industrial-park measures, 平湖's land consolidation, 吉水's idle and inefficient land) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-thirty-first development set", path.join(__dirname, "dev831"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.51 }, 3);
