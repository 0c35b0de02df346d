// Real documents, seven-hundred-and-forty-third development set (tests/real/dev743): park and greenway goals of 2016–2025 (北京's parks, 莆田's greenways, 温州's green space, 成都's greenways, 深圳's park city) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-forty-third development set", path.join(__dirname, "dev743"), 5,
  { precision: 0.87, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.63 }, 2);
