// Real documents, hundred-and-thirty-fourth development set (tests/real/dev134): news of three 十四五 special plans'
// main targets (science and technology, water saving, national fitness) — labelled without sight of the engine and first
// scored unseen (README.md).
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-thirty-fourth development set", path.join(__dirname, "dev134"), 3,
  { precision: 0.99, recall: 0.99, reviewRecall: 0.99, year: 0.99, kind: 0.99 }, 2);
