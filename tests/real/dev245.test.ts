// Real documents, two-hundred-and-forty-fifth development set (tests/real/dev245): rural revitalisation goals of Xinqiu, a Xuanzhou town, Xiangcheng and a national template — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-forty-fifth development set", path.join(__dirname, "dev245"), 4,
  { precision: 0.9, recall: 0.9, reviewRecall: 0.9, year: 0.75, kind: 0.9 }, 0);
