// Real documents, five-hundred-and-twenty-third development set (tests/real/dev523): provincial water plans of 2022 (陕西's 十四五 rural water plan, 四川's water upgrade plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-twenty-third development set", path.join(__dirname, "dev523"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
