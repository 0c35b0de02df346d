// Real documents, five-hundred-and-ninetieth development set (tests/real/dev590): county and city public-culture service goals of 2021–2024 (广州's 十四五 culture-and-tourism targets, 郧西's culture conference, 淄博 淄川's bureau projects, 威海's reading rooms and 宿迁's village performances in traditional-character mirrors) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-ninetieth development set", path.join(__dirname, "dev590"), 5,
  { precision: 0.87, recall: 0.87, reviewRecall: 0.91, year: 0.95, kind: 0.73 }, 0);
