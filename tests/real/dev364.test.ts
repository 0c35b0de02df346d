// Real documents, three-hundred-and-sixty-fourth development set (tests/real/dev364): provincial and city action plans of 2014–2019: rural roads, water and air pollution (甘肃, 福建, 成都, 淄博) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-sixty-fourth development set", path.join(__dirname, "dev364"), 4,
  { precision: 0.88, recall: 0.91, reviewRecall: 0.91, year: 0.95, kind: 0.95 }, 1);
