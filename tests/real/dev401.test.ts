// Real documents, four-hundred-and-first development set (tests/real/dev401): district and city livelihood lists of 2020–2021 (银川 兴庆, 青岛 李沧, 石家庄) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-first development set", path.join(__dirname, "dev401"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
