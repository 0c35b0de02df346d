// Real documents, three-hundred-and-thirty-ninth development set (tests/real/dev339): provincial work reports and an annual plan report of 2014–2018 (福建, 甘肃, 湖北; one passage mended to the page) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-thirty-ninth development set", path.join(__dirname, "dev339"), 4,
  { precision: 0.91, recall: 0.91, reviewRecall: 0.95, year: 0.95, kind: 0.91 }, 2);
