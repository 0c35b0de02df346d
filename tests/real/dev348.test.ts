// Real documents, three-hundred-and-forty-eighth development set (tests/real/dev348): district livelihood lists of 2016–2018 (青岛 李沧 and 市南, 延安 安塞; one passage mended to the page) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-forty-eighth development set", path.join(__dirname, "dev348"), 3,
  { precision: 0.92, recall: 0.92, reviewRecall: 0.92, year: 0.89, kind: 0.92 }, 2);
