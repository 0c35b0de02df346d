// Real documents, seven-hundred-and-fifty-eighth development set (tests/real/dev758): parking goals of 2016–2022 (河北's public spaces, 柘荣's lots, 泸州's special plan, 合肥's and 城阳's public lots) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-fifty-eighth development set", path.join(__dirname, "dev758"), 5,
  { precision: 0.8, recall: 0.87, reviewRecall: 0.87, year: 0.77, kind: 0.73 }, 3);
