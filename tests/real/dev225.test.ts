// Real documents, two-hundred-and-twenty-fifth development set (tests/real/dev225): Jinxiang's 2021 annual plan, Qingdao's 2022 and Xi'an's 2023 report goals — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-twenty-fifth development set", path.join(__dirname, "dev225"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.85, kind: 0.95 }, 0);
