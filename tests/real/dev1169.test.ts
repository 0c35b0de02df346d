// Real documents, 1169th development set (tests/real/dev1169): gas pipelines and gas safety — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1169th development set", path.join(__dirname, "dev1169"), 5,
  { precision: 0.72, recall: 0.53, reviewRecall: 0.78, year: 0.95, kind: 0.37 }, 1);
