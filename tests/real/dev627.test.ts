// Real documents, six-hundred-and-twenty-seventh development set (tests/real/dev627): employment and skills goals of 2021–2024 (河南's 2024 training plan and its skilled-workforce certification plan, 云南's 十四五 employment goals) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-twenty-seventh development set", path.join(__dirname, "dev627"), 3,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
