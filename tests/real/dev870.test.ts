// Real documents, eight-hundred-and-seventieth development set (tests/real/dev870): rural dilapidated-house renovation — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-seventieth development set", path.join(__dirname, "dev870"), 4,
  { precision: 0.75, recall: 0.85, reviewRecall: 0.85, year: 0.85, kind: 0.95 }, 0);
