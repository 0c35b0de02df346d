// Real documents, four-hundred-and-fifty-seventh development set (tests/real/dev457): project performance-target tables of 2023 (湘潭's dust-suppression service, 慈溪's childcare subsidy) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-fifty-seventh development set", path.join(__dirname, "dev457"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.25, kind: 0.95 }, 0);
