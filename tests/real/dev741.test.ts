// Real documents, seven-hundred-and-forty-first development set (tests/real/dev741): school-places and class-size goals of 2018–2020 (the national large-class opinion, 河南's urban schools, 济宁's building plan, 深圳's places) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-forty-first development set", path.join(__dirname, "dev741"), 4,
  { precision: 0.89, recall: 0.73, reviewRecall: 0.77, year: 0.89, kind: 0.89 }, 0);
