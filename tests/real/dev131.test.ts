// Real documents, hundred-and-thirty-first development set (tests/real/dev131): 上海's towns', streets' and districts' pages of 2019–2026 (livelihood lists, an urban-renewal plan, major projects, 临港's work points) — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-thirty-first development set", path.join(__dirname, "dev131"), 12,
  { precision: 0.97, recall: 0.97, reviewRecall: 0.97, year: 0.91, kind: 0.91 }, 1);
