// Real documents, nine-hundred-and-sixty-seventh development set (tests/real/dev967): veterans' service stations — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-sixty-seventh development set", path.join(__dirname, "dev967"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
