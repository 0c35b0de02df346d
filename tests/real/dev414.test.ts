// Real documents, four-hundred-and-fourteenth development set (tests/real/dev414): district and county plenums of 2023–2025 (株洲 芦淞, 黄梅, 江门 蓬江, 珠海 金湾) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-fourteenth development set", path.join(__dirname, "dev414"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
