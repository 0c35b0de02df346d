// Real documents, five-hundred-and-fifty-third development set (tests/real/dev553): urbanisation and county-town goals of 2021–2024 (宿州, 湖北's county towns, 浙江's model towns) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-fifty-third development set", path.join(__dirname, "dev553"), 3,
  { precision: 0.9, recall: 0.9, reviewRecall: 0.9, year: 0.9, kind: 0.76 }, 1);
