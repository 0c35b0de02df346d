// Real documents, hundred-and-eighty-second development set (tests/real/dev182): 上海 districts' 2025–2026 major projects and a bureau's work points — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-eighty-second development set", path.join(__dirname, "dev182"), 2,
  { precision: 0.78, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.48 }, 0);
