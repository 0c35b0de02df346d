// Real documents, three-hundred-and-fifty-sixth development set (tests/real/dev356): 上海 district and town lists and plans (奉贤 2013, 徐泾 2012), a county water plan (平和 2015) and a town congress (向家 2010) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-fifty-sixth development set", path.join(__dirname, "dev356"), 4,
  { precision: 0.91, recall: 0.91, reviewRecall: 0.95, year: 0.71, kind: 0.95 }, 0);
