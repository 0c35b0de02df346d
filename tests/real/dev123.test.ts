// Real documents, hundred-and-twenty-third development set (tests/real/dev123): 上海's city, district, town and street
// pages of 2023–2025 — labelled without sight of the engine and first scored unseen (README.md); the engine has since
// been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-twenty-third development set", path.join(__dirname, "dev123"), 8,
  { precision: 0.97, recall: 0.97, reviewRecall: 0.97, year: 0.99, kind: 0.9 }, 2);
