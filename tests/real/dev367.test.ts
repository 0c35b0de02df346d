// Real documents, three-hundred-and-sixty-seventh development set (tests/real/dev367): city and provincial work-report goals of 2013–2015 as the press reported them (海口, 福建, 潮州) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-sixty-seventh development set", path.join(__dirname, "dev367"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 0);
