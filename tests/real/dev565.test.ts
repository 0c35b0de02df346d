// Real documents, five-hundred-and-sixty-fifth development set (tests/real/dev565): medical infrastructure goals of 2020–2024 (石家庄, 深圳 beds, 山东's health tasks and 西安's health projects in traditional characters) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-sixty-fifth development set", path.join(__dirname, "dev565"), 4,
  { precision: 0.73, recall: 0.89, reviewRecall: 0.95, year: 0.61, kind: 0.95 }, 0);
