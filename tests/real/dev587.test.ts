// Real documents, five-hundred-and-eighty-seventh development set (tests/real/dev587): vocational-education goals of 2021–2025 (the national reform tasks, integration plan and city consortia, the technical-school 十四五 plan in traditional characters, 汕头) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-eighty-seventh development set", path.join(__dirname, "dev587"), 5,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
