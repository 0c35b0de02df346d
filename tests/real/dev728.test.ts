// Real documents, seven-hundred-and-twenty-eighth development set (tests/real/dev728): district key-project and investment goals of 2020–2025 (红寺堡, 钟楼, 城厢 and a county's yearly project plans) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-twenty-eighth development set", path.join(__dirname, "dev728"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
