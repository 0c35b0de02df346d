// Real documents, three-hundred-and-ninety-first development set (tests/real/dev391): cities' parking, walkway and transit plans of 2018–2020 (扬州, 重庆, 南京) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-ninety-first development set", path.join(__dirname, "dev391"), 3,
  { precision: 0.9, recall: 0.83, reviewRecall: 0.83, year: 0.82, kind: 0.77 }, 0);
