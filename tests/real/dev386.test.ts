// Real documents, three-hundred-and-eighty-sixth development set (tests/real/dev386): cities' departments' work meetings of 2014–2018: water, transport, housing, agriculture (郑州, 绵阳, 海东, 汕头, 启东) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-eighty-sixth development set", path.join(__dirname, "dev386"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.81, kind: 0.89 }, 0);
