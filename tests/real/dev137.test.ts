// Real documents, hundred-and-thirty-seventh development set (tests/real/dev137): 上海's action plans (commercial space, fashion consumer goods) — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-thirty-seventh development set", path.join(__dirname, "dev137"), 3,
  { precision: 0.99, recall: 0.99, reviewRecall: 0.99, year: 0.99, kind: 0.99 }, 0);
