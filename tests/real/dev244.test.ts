// Real documents, two-hundred-and-forty-fourth development set (tests/real/dev244): transport, water and energy goals of Anhui, Datong, Fujian, Gansu and the nation — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-forty-fourth development set", path.join(__dirname, "dev244"), 5,
  { precision: 0.7, recall: 0.8, reviewRecall: 0.85, year: 0.95, kind: 0.85 }, 2);
