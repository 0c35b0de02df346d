// Real documents, seven-hundred-and-twelfth development set (tests/real/dev712): traditional-Chinese-medicine goals of 2018–2022 (广元's industry, 四川's herbs, the national 十四五 plan, 河北's planting, 道地药材 bases) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-twelfth development set", path.join(__dirname, "dev712"), 5,
  { precision: 0.92, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.82 }, 4);
