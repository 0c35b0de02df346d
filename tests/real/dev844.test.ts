// Real documents, eight-hundred-and-forty-fourth development set (tests/real/dev844): agricultural-brand goals of 2017–2022 (甘肃's geographical-indication trademarks, 长沙's five-year brand plan, 浙江's and 山东's brand policies, 山西's functional products, 江西's green and organic products) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-forty-fourth development set", path.join(__dirname, "dev844"), 5,
  { precision: 0.8, recall: 0.8, reviewRecall: 0.8, year: 0.45, kind: 0.7 }, 2);
