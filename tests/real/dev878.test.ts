// Real documents, eight-hundred-and-seventy-eighth development set (tests/real/dev878): cruise and yacht tourism — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-seventy-eighth development set", path.join(__dirname, "dev878"), 5,
  { precision: 0.95, recall: 0.75, reviewRecall: 0.88, year: 0.95, kind: 0.7 }, 1);
