// Real documents, two-hundred-and-first development set (tests/real/dev201): a county's 十四五 ecology plan table row and a district's past-facts page — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-first development set", path.join(__dirname, "dev201"), 2,
  { precision: 0.9, recall: 0.9, reviewRecall: 0.9, year: 0.9, kind: 0.9 }, 2);
