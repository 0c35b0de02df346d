// Real documents, two-hundred-and-sixty-sixth development set (tests/real/dev266): waste-sorting, sanitation and rural-toilet plans (Chengdu, Qingdao, Wuhan Caidian, a Xining district, a city) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-sixty-sixth development set", path.join(__dirname, "dev266"), 5,
  { precision: 0.74, recall: 0.9, reviewRecall: 0.9, year: 0.82, kind: 0.9 }, 2);
