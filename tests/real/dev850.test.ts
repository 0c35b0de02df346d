// Real documents, eight-hundred-and-fiftieth development set (tests/real/dev850): industrial technological transformation — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-fiftieth development set", path.join(__dirname, "dev850"), 4,
  { precision: 0.89, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.92 }, 2);
