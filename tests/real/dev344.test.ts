// Real documents, three-hundred-and-forty-fourth development set (tests/real/dev344): 上海's 崇明 eco-island goals (2016–2017) and 浦东's five-year goals (2012) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-forty-fourth development set", path.join(__dirname, "dev344"), 4,
  { precision: 0.85, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.95 }, 2);
