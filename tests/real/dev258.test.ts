// Real documents, two-hundred-and-fifty-eighth development set (tests/real/dev258): finance, listed-company, state-enterprise and business-environment plans — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-fifty-eighth development set", path.join(__dirname, "dev258"), 5,
  { precision: 0.92, recall: 0.89, reviewRecall: 0.92, year: 0.95, kind: 0.92 }, 5);
