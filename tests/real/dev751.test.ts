// Real documents, seven-hundred-and-fifty-first development set (tests/real/dev751): red-tourism goals of 2016–2018 (四川, 甘肃's and 江西's plans to 2020, 湖南's belts, 巴中) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-fifty-first development set", path.join(__dirname, "dev751"), 5,
  { precision: 0.95, recall: 0.89, reviewRecall: 0.92, year: 0.95, kind: 0.95 }, 3);
