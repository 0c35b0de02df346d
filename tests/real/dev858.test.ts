// Real documents, eight-hundred-and-fifty-eighth development set (tests/real/dev858): green finance and carbon sinks — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-fifty-eighth development set", path.join(__dirname, "dev858"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 4);
