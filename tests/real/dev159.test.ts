// Real documents, hundred-and-fifty-ninth development set (tests/real/dev159): briefings and interpretations of plans, 2021–2023 (郑州's and 河南's rural plans, 安徽's No. 1 document, 福州's life circles, 沈阳's tourism, 济南, 广西's camellia oil) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-fifty-ninth development set", path.join(__dirname, "dev159"), 7,
  { precision: 0.92, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 2);
