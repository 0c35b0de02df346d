// Real documents, seven-hundred-and-forty-fourth development set (tests/real/dev744): cultural-industry goals of 2016–2022 (宁波's 十四五 cultural industry, 成都's creative city, 厦门's plan, 兰州's culture and tourism projects) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-forty-fourth development set", path.join(__dirname, "dev744"), 4,
  { precision: 0.76, recall: 0.85, reviewRecall: 0.85, year: 0.95, kind: 0.95 }, 2);
