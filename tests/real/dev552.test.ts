// Real documents, five-hundred-and-fifty-second development set (tests/real/dev552): a city's 十四五 ecology goals in two reports (柳州, 2021) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-fifty-second development set", path.join(__dirname, "dev552"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
