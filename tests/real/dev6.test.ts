// Real documents, sixth development set (tests/real/dev6): two district work reports and a digital-economy opinion
// from outside the corpus, labelled without sight of the engine and first scored unseen (README.md); the engine has
// since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, sixth development set", path.join(__dirname, "dev6"), 3,
  { precision: 0.99, recall: 0.94, reviewRecall: 0.97, year: 0.99, kind: 0.97 }, 0);
