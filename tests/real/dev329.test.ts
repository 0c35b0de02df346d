// Real documents, three-hundred-and-twenty-ninth development set (tests/real/dev329): special plans for water networks, the digital economy and sports facilities, 2022–2024 (聊城, 浙江, 通州, 巴南) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-twenty-ninth development set", path.join(__dirname, "dev329"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.89, kind: 0.95 }, 2);
