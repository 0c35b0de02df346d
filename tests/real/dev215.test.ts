// Real documents, two-hundred-and-fifteenth development set (tests/real/dev215): transport, water, agriculture and commerce bureaus' plans and work meetings of Guangdong, Hunan, Chongqing and Sichuan, 2019–2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-fifteenth development set", path.join(__dirname, "dev215"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 0);
