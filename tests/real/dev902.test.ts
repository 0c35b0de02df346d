// Real documents, nine-hundred-and-second development set (tests/real/dev902): tourist roads and scenic byways — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-second development set", path.join(__dirname, "dev902"), 4,
  { precision: 0.95, recall: 0.68, reviewRecall: 0.71, year: 0.95, kind: 0.84 }, 3);
