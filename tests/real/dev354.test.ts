// Real documents, three-hundred-and-fifty-fourth development set (tests/real/dev354): provincial work reports of 2009–2013 (湖北, 河南, 广东) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-fifty-fourth development set", path.join(__dirname, "dev354"), 5,
  { precision: 0.88, recall: 0.91, reviewRecall: 0.95, year: 0.88, kind: 0.81 }, 2);
