// Real documents, hundred-and-sixty-eighth development set (tests/real/dev168): 上海's municipal three-year plans of 2020–2024 and news of them — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-sixty-eighth development set", path.join(__dirname, "dev168"), 9,
  { precision: 0.94, recall: 0.89, reviewRecall: 0.92, year: 0.98, kind: 0.94 }, 5);
