// Real documents, three-hundred-and-ninety-fourth development set (tests/real/dev394): 上海's municipal plans of 2022–2023: city renewal, eldercare and childcare, manufacturing — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-ninety-fourth development set", path.join(__dirname, "dev394"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 0);
