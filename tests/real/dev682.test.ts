// Real documents, six-hundred-and-eighty-second development set (tests/real/dev682): digital-village and rural-network goals of 2017–2027 (河南's rural telecom projects, 四川's and 山西's 益农信息社 in two documents, 浙江's digital-village pilot zone; several in traditional-character mirrors) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-eighty-second development set", path.join(__dirname, "dev682"), 5,
  { precision: 0.83, recall: 0.83, reviewRecall: 0.89, year: 0.88, kind: 0.88 }, 1);
