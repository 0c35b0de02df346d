// Real documents, seven-hundred-and-fifty-third development set (tests/real/dev753): funeral-reform goals of 2016–2024 (重庆's 十三五 cremation and cemeteries, 海南's green-funeral stages, 云南's 十四五, 福建's cemeteries and ash halls, 阳泉's public cemeteries) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-fifty-third development set", path.join(__dirname, "dev753"), 5,
  { precision: 0.89, recall: 0.95, reviewRecall: 0.95, year: 0.77, kind: 0.92 }, 1);
