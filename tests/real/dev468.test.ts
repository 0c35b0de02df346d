// Real documents, four-hundred-and-sixty-eighth development set (tests/real/dev468): news of provincial 十四五 special plans of 2021–2022 (浙江 tourism, 广东 energy, 湖北 transport, 内蒙古 education) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-sixty-eighth development set", path.join(__dirname, "dev468"), 4,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.95 }, 2);
