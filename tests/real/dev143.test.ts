// Real documents, hundred-and-forty-third development set (tests/real/dev143): news of national 十四五 sector plans and
// opinions (eldercare, fitness, water security, waste sorting, postal services, soil and water) — labelled without sight
// of the engine and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-forty-third development set", path.join(__dirname, "dev143"), 7,
  { precision: 0.99, recall: 0.94, reviewRecall: 0.94, year: 0.99, kind: 0.99 }, 5);
