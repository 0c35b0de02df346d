// Real documents, six-hundred-and-seventh development set (tests/real/dev607): data-element and public-data goals of 2023–2028 (温州's big-data bureau, 江苏's data-industry opinions and trusted data spaces in traditional characters, 湖南's pilot zone, 达州's reform plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-seventh development set", path.join(__dirname, "dev607"), 5,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 2);
