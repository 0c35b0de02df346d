// Real documents, three-hundred-and-thirtieth development set (tests/real/dev330): 上海 town and zone livelihood lists, 2019 and 2022 (松江 中山街道, 嘉定工业区) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-thirtieth development set", path.join(__dirname, "dev330"), 2,
  { precision: 0.8, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.86 }, 0);
