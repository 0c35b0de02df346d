// Real documents, two-hundred-and-eighty-first development set (tests/real/dev281): development-zone and industrial-park goals (Hunan, Haimen, Fujian, Anhui, Sichuan), 2011–2022 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-eighty-first development set", path.join(__dirname, "dev281"), 5,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.79 }, 3);
