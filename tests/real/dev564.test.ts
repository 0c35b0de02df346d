// Real documents, five-hundred-and-sixty-fourth development set (tests/real/dev564): talent and skills plans of 2021–2023 (山东's 十四五 talent plan, 重庆's skilled-talent plan, 内蒙古's skills action, 江苏's talent programme) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-sixty-fourth development set", path.join(__dirname, "dev564"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.74, kind: 0.95 }, 2);
