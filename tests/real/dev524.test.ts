// Real documents, five-hundred-and-twenty-fourth development set (tests/real/dev524): a town's and a street's yearly project goals of 2023–2024 (永和, 梅岭) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-twenty-fourth development set", path.join(__dirname, "dev524"), 2,
  { precision: 0.31, recall: 0.75, reviewRecall: 0.75, year: 0.95, kind: 0.7 }, 0);
