// Real documents, fifth development set (tests/real/dev5): two district work reports and two city and prefecture
// digital-government documents from outside the corpus, labelled without sight of the engine and first scored unseen
// (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, fifth development set", path.join(__dirname, "dev5"), 4,
  { precision: 0.97, recall: 0.95, reviewRecall: 0.99, year: 0.99, kind: 0.9 }, 0);
