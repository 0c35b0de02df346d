// Real documents, hundred-and-seventeenth development set (tests/real/dev117): national and regional plans of 2009–2022 and their news — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-seventeenth development set", path.join(__dirname, "dev117"), 11,
  { precision: 0.92, recall: 0.94, reviewRecall: 0.96, year: 0.8, kind: 0.99 }, 9);
