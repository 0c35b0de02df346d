// Real documents, 1140th development set (tests/real/dev1140): postdoctoral stations, talent recruitment and talent apartments — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1140th development set", path.join(__dirname, "dev1140"), 5,
  { precision: 0.95, recall: 0.79, reviewRecall: 0.79, year: 0.95, kind: 0.76 }, 1);
