// Real documents, eight-hundred-and-tenth development set (tests/real/dev810): agricultural-products processing goals of 2017–2022 (四川's processing output, 湖北's leading enterprises, 新疆's processing ratio, 江西's seven industry chains) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-tenth development set", path.join(__dirname, "dev810"), 4,
  { precision: 0.95, recall: 0.87, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 1);
