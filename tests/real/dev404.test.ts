// Real documents, four-hundred-and-fourth development set (tests/real/dev404): a city's and a county-level city's 2022 work-report goals (赣州, 瑞金) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-fourth development set", path.join(__dirname, "dev404"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
