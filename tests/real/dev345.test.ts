// Real documents, three-hundred-and-forty-fifth development set (tests/real/dev345): district and county work-report goals of 2021–2023 (海淀, 高州, 资阳 雁江) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-forty-fifth development set", path.join(__dirname, "dev345"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
