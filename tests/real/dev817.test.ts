// Real documents, eight-hundred-and-seventeenth development set (tests/real/dev817): urban lighting goals of 2020–2023 (惠山's LED streetlight retrofit, 广东's lighting energy-efficiency plan, 保靖's rural solar streetlights) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-seventeenth development set", path.join(__dirname, "dev817"), 3,
  { precision: 0.8, recall: 0.8, reviewRecall: 0.95, year: 0.61, kind: 0.95 }, 2);
