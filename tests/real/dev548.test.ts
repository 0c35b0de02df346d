// Real documents, five-hundred-and-forty-eighth development set (tests/real/dev548): district 十四五 goals of 2021 (济南 历下 and 历城) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-forty-eighth development set", path.join(__dirname, "dev548"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
