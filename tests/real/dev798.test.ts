// Real documents, seven-hundred-and-ninety-eighth development set (tests/real/dev798): kindergarten and school-place goals of 2016–2020 (江西's public kindergartens, 安徽's annual plan, 西安's schools and places, a city's inclusive kindergartens) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-ninety-eighth development set", path.join(__dirname, "dev798"), 4,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.9, year: 0.9, kind: 0.76 }, 1);
