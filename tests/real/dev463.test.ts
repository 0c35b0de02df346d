// Real documents, four-hundred-and-sixty-third development set (tests/real/dev463): housing and livelihood targets of 2024–2025 (连云港, 安徽, 江苏, 上海's urban villages) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-sixty-third development set", path.join(__dirname, "dev463"), 4,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.89 }, 0);
