// Real documents, six-hundred-and-ninety-third development set (tests/real/dev693): forest-city creation goals of 2014–2023 (福州's national forest city, 荆州's creation plan, 贵州's forest trails and cities, the national forest-city groups, 北京's districts; three in traditional-character mirrors) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-ninety-third development set", path.join(__dirname, "dev693"), 5,
  { precision: 0.95, recall: 0.77, reviewRecall: 0.89, year: 0.95, kind: 0.67 }, 3);
