// Real documents, six-hundred-and-ninety-first development set (tests/real/dev691): livestock-manure utilisation goals of 2017–2020 (福州's work plan in a traditional-character mirror, 六安, 郑州, 四川's opinions) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-ninety-first development set", path.join(__dirname, "dev691"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.91, kind: 0.95 }, 3);
