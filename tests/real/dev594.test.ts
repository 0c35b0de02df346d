// Real documents, five-hundred-and-ninety-fourth development set (tests/real/dev594): civil-affairs and social-assistance goals of 2021–2024 (江苏's new measures, 湘潭县 and 炎陵's livelihood projects, 山东's 十四五 elder-care targets, 上海's 十四五 civil-affairs plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-ninety-fourth development set", path.join(__dirname, "dev594"), 5,
  { precision: 0.95, recall: 0.87, reviewRecall: 0.87, year: 0.95, kind: 0.95 }, 1);
