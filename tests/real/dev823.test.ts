// Real documents, eight-hundred-and-twenty-third development set (tests/real/dev823): listed-company goals of 2019–2027 (浙江's phoenix action, 福州's three-year listing plan, 河北's listing action plan, 江西's 映山红 action) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-twenty-third development set", path.join(__dirname, "dev823"), 4,
  { precision: 0.92, recall: 0.8, reviewRecall: 0.9, year: 0.75, kind: 0.7 }, 2);
