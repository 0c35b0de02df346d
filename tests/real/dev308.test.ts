// Real documents, three-hundred-and-eighth development set (tests/real/dev308): 上海's municipal action plans: fashion goods, metaverse, child-friendly city, green transport, beautiful 上海, 2022–2024 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-eighth development set", path.join(__dirname, "dev308"), 5,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.91, year: 0.88, kind: 0.95 }, 3);
