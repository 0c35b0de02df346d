// Real documents, three-hundred-and-fifty-fifth development set (tests/real/dev355): cities' transport, tourism and preschool plans of 2012–2016 (龙岩, 宁波, 青岛, 柳州, 邯郸) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-fifty-fifth development set", path.join(__dirname, "dev355"), 5,
  { precision: 0.91, recall: 0.89, reviewRecall: 0.93, year: 0.95, kind: 0.88 }, 2);
