// Real documents, two-hundred-and-thirty-seventh development set (tests/real/dev237): provincial department work meetings: Shanxi industry, Henan farming, Guizhou education, Shaanxi tourism, Zhejiang transport — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-thirty-seventh development set", path.join(__dirname, "dev237"), 5,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.9 }, 1);
