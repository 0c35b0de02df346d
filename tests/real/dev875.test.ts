// Real documents, eight-hundred-and-seventy-fifth development set (tests/real/dev875): public-institution energy saving — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-seventy-fifth development set", path.join(__dirname, "dev875"), 5,
  { precision: 0.95, recall: 0.73, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
