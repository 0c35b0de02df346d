// Real documents, three-hundred-and-seventy-seventh development set (tests/real/dev377): districts' and a new area's five-year goals of 2021–2023 (川渝高竹, 扬州 广陵, 珠海 香洲, 深圳 龙华) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-seventy-seventh development set", path.join(__dirname, "dev377"), 4,
  { precision: 0.79, recall: 0.79, reviewRecall: 0.79, year: 0.95, kind: 0.88 }, 1);
