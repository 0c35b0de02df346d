// Real documents, six-hundred-and-fifty-second development set (tests/real/dev652): air-quality goals of 2017–2020 (北京's district PM2.5 targets, 哈尔滨 and 七台河 in a traditional-character mirror, the 2+26 cities' autumn-winter targets, 陕西's city assessment targets) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-fifty-second development set", path.join(__dirname, "dev652"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.82, kind: 0.95 }, 2);
