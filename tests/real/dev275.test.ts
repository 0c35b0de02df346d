// Real documents, two-hundred-and-seventy-fifth development set (tests/real/dev275): Shanghai municipal and district plans (Xuhui lifts, elderly meals, Fengxian rural revitalisation, parking, old housing) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-seventy-fifth development set", path.join(__dirname, "dev275"), 5,
  { precision: 0.81, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.84 }, 2);
