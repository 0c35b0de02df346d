// Real documents, eight-hundred-and-second development set (tests/real/dev802): archives and local-chronicle goals of 2016–2022 (泉州's yearbooks, 吴起's town and village chronicles, 四川's archives plan, the national archives plan, 温州's village chronicles) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-second development set", path.join(__dirname, "dev802"), 5,
  { precision: 0.89, recall: 0.89, reviewRecall: 0.95, year: 0.95, kind: 0.38 }, 2);
