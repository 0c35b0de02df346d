// Real documents, six-hundred-and-fifty-sixth development set (tests/real/dev656): city-renewal goals of 2024 (四川's renewal and lift targets, 榆林's renewal projects in traditional characters) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-fifty-sixth development set", path.join(__dirname, "dev656"), 2,
  { precision: 0.95, recall: 0.83, reviewRecall: 0.83, year: 0.7, kind: 0.82 }, 1);
