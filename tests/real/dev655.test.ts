// Real documents, six-hundred-and-fifty-fifth development set (tests/real/dev655): paired-assistance goals of 2018–2021 (甘肃's east-west cooperation in traditional characters, 江苏–陕西 pairing agreement, 彭水's consumption assistance, 天津's consumption aid) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-fifty-fifth development set", path.join(__dirname, "dev655"), 4,
  { precision: 0.61, recall: 0.75, reviewRecall: 0.9, year: 0.76, kind: 0.88 }, 2);
