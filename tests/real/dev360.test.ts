// Real documents, three-hundred-and-sixtieth development set (tests/real/dev360): 十三五 and energy special plans reported by news, 2015–2023 (广州 commerce, 江西 energy, 云南 and 毕节 transport) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-sixtieth development set", path.join(__dirname, "dev360"), 4,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.91, year: 0.95, kind: 0.88 }, 2);
