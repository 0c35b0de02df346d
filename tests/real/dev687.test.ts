// Real documents, six-hundred-and-eighty-seventh development set (tests/real/dev687): senior-education goals of 2016–2025 (黄山's plan, 湖北's grassroots learning venues and 河南's 2017–2020 plan in traditional-character mirrors, the national 2016–2020 plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-eighty-seventh development set", path.join(__dirname, "dev687"), 4,
  { precision: 0.75, recall: 0.87, reviewRecall: 0.87, year: 0.95, kind: 0.95 }, 1);
