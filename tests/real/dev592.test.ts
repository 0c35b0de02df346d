// Real documents, five-hundred-and-ninety-second development set (tests/real/dev592): park-city and urban-greening goals of 2022–2023 (长春's 十四五 greening targets, 郑州's greening plan, 上海's thousand-parks plan in traditional characters, 长治's greening plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-ninety-second development set", path.join(__dirname, "dev592"), 4,
  { precision: 0.89, recall: 0.82, reviewRecall: 0.87, year: 0.95, kind: 0.89 }, 0);
