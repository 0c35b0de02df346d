// Real documents, hundred-and-fourteenth development set (tests/real/dev114): 2026 news of work reports and of the 十五五 纲要 draft — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-fourteenth development set", path.join(__dirname, "dev114"), 10,
  { precision: 0.99, recall: 0.98, reviewRecall: 0.99, year: 0.92, kind: 0.99 }, 5);
