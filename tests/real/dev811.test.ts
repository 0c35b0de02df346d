// Real documents, eight-hundred-and-eleventh development set (tests/real/dev811): urban and rural community-service goals of 2016–2023 (昌吉's and 攀枝花's community-service plans, 临猗's rural community pilots, a city's 十四五 indicator table) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-eleventh development set", path.join(__dirname, "dev811"), 4,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.95 }, 2);
