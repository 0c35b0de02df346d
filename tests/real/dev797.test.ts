// Real documents, seven-hundred-and-ninety-seventh development set (tests/real/dev797): a county's population and family-planning goals of 2017 (漳浦's work meeting) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-ninety-seventh development set", path.join(__dirname, "dev797"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
