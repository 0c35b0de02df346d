// Real documents, eight-hundred-and-forty-seventh development set (tests/real/dev847): business-environment goals of 2019–2022 (随州's electricity access, 武汉's 3450 reform, 聊城's electricity access) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-forty-seventh development set", path.join(__dirname, "dev847"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.87 }, 3);
