// Real documents, three-hundred-and-forty-ninth development set (tests/real/dev349): provincial water work meetings and a winter-spring irrigation plan of 2016–2018 (青海, 安徽, a province) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-forty-ninth development set", path.join(__dirname, "dev349"), 3,
  { precision: 0.77, recall: 0.91, reviewRecall: 0.95, year: 0.15, kind: 0.7 }, 0);
