// Real documents, three-hundred-and-forty-first development set (tests/real/dev341): cities' and provinces' 十三五 goals as reported in 2015–2016 (商洛, 桂林, 重庆, 漳州, a roundup of provinces) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-forty-first development set", path.join(__dirname, "dev341"), 5,
  { precision: 0.85, recall: 0.7, reviewRecall: 0.7, year: 0.78, kind: 0.95 }, 3);
