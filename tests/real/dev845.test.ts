// Real documents, eight-hundred-and-forty-fifth development set (tests/real/dev845): cinema and performing-arts goals of 2016–2021 (北京's 十四五 film plan, 荆门's 2016 performances and screenings, 江苏's township cinemas) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-forty-fifth development set", path.join(__dirname, "dev845"), 3,
  { precision: 0.9, recall: 0.85, reviewRecall: 0.95, year: 0.89, kind: 0.89 }, 2);
