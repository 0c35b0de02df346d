// Real documents, six-hundred-and-forty-fifth development set (tests/real/dev645): road goals of 2017–2021 (贵州's roads, 四川's expressways in a traditional-character mirror, 太原's rural and tourism roads, 驻马店's village roads) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-forty-fifth development set", path.join(__dirname, "dev645"), 4,
  { precision: 0.92, recall: 0.89, reviewRecall: 0.95, year: 0.88, kind: 0.79 }, 1);
