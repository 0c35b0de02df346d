// Real documents, two-hundred-and-fiftieth development set (tests/real/dev250): provincial work-report goals of Hubei 2023, Hunan 2022, Zhejiang 2023, Henan 2020 and Yunnan 2023 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-fiftieth development set", path.join(__dirname, "dev250"), 5,
  { precision: 0.75, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
