// Real documents, two-hundred-and-seventy-second development set (tests/real/dev272): traditional-medicine and county medical-community plans (Hebei, Shanxi, Panzhihua, Xinjiang) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-seventy-second development set", path.join(__dirname, "dev272"), 4,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 4);
