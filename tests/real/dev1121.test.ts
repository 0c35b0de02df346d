// Real documents, 1121st development set (tests/real/dev1121): flood control, drought relief and mountain torrents — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1121st development set", path.join(__dirname, "dev1121"), 5,
  { precision: 0.87, recall: 0.91, reviewRecall: 0.95, year: 0.67, kind: 0.71 }, 2);
