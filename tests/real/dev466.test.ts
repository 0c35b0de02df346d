// Real documents, four-hundred-and-sixty-sixth development set (tests/real/dev466): 上海's work points for an international consumption city, a 浦东 district head's goal and a hydrogen transport plan of 2023 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-sixty-sixth development set", path.join(__dirname, "dev466"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
