// Real documents, nine-hundred-and-sixty-eighth development set (tests/real/dev968): rare earths and non-ferrous metals — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-sixty-eighth development set", path.join(__dirname, "dev968"), 5,
  { precision: 0.8, recall: 0.87, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
