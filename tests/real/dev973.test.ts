// Real documents, nine-hundred-and-seventy-third development set (tests/real/dev973): logistics hubs — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-seventy-third development set", path.join(__dirname, "dev973"), 4,
  { precision: 0.87, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 1);
