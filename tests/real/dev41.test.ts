// Real documents, forty-first development set (tests/real/dev41): nine 2021–2022 district and county pages with
// five-year and annual targets — labelled without sight of the engine and first scored unseen (README.md); the engine
// has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, forty-first development set", path.join(__dirname, "dev41"), 9,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.84, kind: 0.93 }, 6);
