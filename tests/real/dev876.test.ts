// Real documents, eight-hundred-and-seventy-sixth development set (tests/real/dev876): blood donation — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-seventy-sixth development set", path.join(__dirname, "dev876"), 5,
  { precision: 0.91, recall: 0.82, reviewRecall: 0.92, year: 0.95, kind: 0.77 }, 0);
