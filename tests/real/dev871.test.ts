// Real documents, eight-hundred-and-seventy-first development set (tests/real/dev871): gigabit networks and 5G — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-seventy-first development set", path.join(__dirname, "dev871"), 4,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.76 }, 2);
