// Real documents, seven-hundred-and-forty-ninth development set (tests/real/dev749): housing provident-fund goals of 2016–2021 (包头 and 株洲) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-forty-ninth development set", path.join(__dirname, "dev749"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.7 }, 0);
