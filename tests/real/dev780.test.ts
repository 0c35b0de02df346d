// Real documents, seven-hundred-and-eightieth development set (tests/real/dev780): mental-health and chronic-disease goals of 2017–2023 (厦门's and 深圳's mental health, 重庆's and 珠海's chronic disease, 湖北's community rehabilitation) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-eightieth development set", path.join(__dirname, "dev780"), 5,
  { precision: 0.91, recall: 0.87, reviewRecall: 0.91, year: 0.9, kind: 0.82 }, 1);
