// Real documents, seven-hundred-and-thirtieth development set (tests/real/dev730): social-insurance goals of 2016–2018 (the national elderly-care plan, a province's enrolment, 陕西, 福建 and 河南) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-thirtieth development set", path.join(__dirname, "dev730"), 5,
  { precision: 0.84, recall: 0.92, reviewRecall: 0.95, year: 0.95, kind: 0.92 }, 0);
