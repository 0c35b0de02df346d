// Real documents, hundred-and-fifty-second development set (tests/real/dev152): provinces' 十四五 special plans as news gives them (浙江's transport and transport services, 河南's education, 四川's transport) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-fifty-second development set", path.join(__dirname, "dev152"), 4,
  { precision: 0.89, recall: 0.94, reviewRecall: 0.99, year: 0.99, kind: 0.99 }, 2);
