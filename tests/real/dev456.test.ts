// Real documents, four-hundred-and-fifty-sixth development set (tests/real/dev456): provincial departments' goals of 2018 and 2024 (江苏 sport, 青海 tourism, 新疆 and 安徽 culture and tourism, 广东 industry) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-fifty-sixth development set", path.join(__dirname, "dev456"), 5,
  { precision: 0.71, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 0);
