// Real documents, six-hundred-and-fifty-eighth development set (tests/real/dev658): energy-saving goals of 2017–2025 (岳阳's 十三五 emission cuts, 宜春's and 葫芦岛's 十四五 energy saving in traditional-character mirrors, 上海's 2019 arrangements) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-fifty-eighth development set", path.join(__dirname, "dev658"), 4,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.73 }, 2);
