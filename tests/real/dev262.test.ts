// Real documents, two-hundred-and-sixty-second development set (tests/real/dev262): water-saving, water-resource and river-chief plans (Yunnan, Jiangxi, Duyun, Lianyungang, a Jiangsu city) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-sixty-second development set", path.join(__dirname, "dev262"), 5,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.95 }, 2);
