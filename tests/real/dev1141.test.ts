// Real documents, 1141st development set (tests/real/dev1141): live streaming, audiovisual and cultural-creative industries — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1141st development set", path.join(__dirname, "dev1141"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.65 }, 2);
