// Real documents, five-hundredth development set (tests/real/dev500): sports plans of 2021–2025 (广西, 福州, 重庆, 天津) and 恩施's 2026 tourism goals — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundredth development set", path.join(__dirname, "dev500"), 5,
  { precision: 0.95, recall: 0.89, reviewRecall: 0.89, year: 0.95, kind: 0.95 }, 2);
