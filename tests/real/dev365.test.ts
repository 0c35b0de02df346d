// Real documents, three-hundred-and-sixty-fifth development set (tests/real/dev365): economic work conferences and a plenum of 2012–2016 (松山新区, 吉首, 大理, 张家界经开区) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-sixty-fifth development set", path.join(__dirname, "dev365"), 4,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
