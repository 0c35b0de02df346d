// Real documents, two-hundred-and-sixty-seventh development set (tests/real/dev267): neighbourhood-commerce, night-economy and county-consumption plans (Beijing, Changzhi, Liaoning, Hubei, four cities) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-sixty-seventh development set", path.join(__dirname, "dev267"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.88, kind: 0.95 }, 1);
