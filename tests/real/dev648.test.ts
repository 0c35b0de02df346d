// Real documents, six-hundred-and-forty-eighth development set (tests/real/dev648): digital-government and business-environment goals of 2019–2022 (四川's 一网通办, 诸暨's and 浙江's digital transformation, a city's business-environment action in traditional characters) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-forty-eighth development set", path.join(__dirname, "dev648"), 4,
  { precision: 0.79, recall: 0.79, reviewRecall: 0.83, year: 0.95, kind: 0.9 }, 3);
