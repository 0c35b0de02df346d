// Real documents, four-hundred-and-fifteenth development set (tests/real/dev415): provincial work reports of 2017–2021 as summaries print them (山东, 福建 twice, 甘肃) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-fifteenth development set", path.join(__dirname, "dev415"), 4,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.95, year: 0.95, kind: 0.81 }, 1);
