// Real documents, three-hundred-and-fifty-first development set (tests/real/dev351): 十二五 plans reported in 2011: tourism, transport, education and a city's main targets (安徽, 福建, 郑州, 青岛) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-fifty-first development set", path.join(__dirname, "dev351"), 4,
  { precision: 0.85, recall: 0.76, reviewRecall: 0.76, year: 0.95, kind: 0.95 }, 3);
