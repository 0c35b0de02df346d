// Real documents, hundred-and-forty-first development set (tests/real/dev141): 2026 news of district education bureaus, a
// city's list of key projects, a province's water-resources and a city's sports work meetings — labelled without sight of
// the engine and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-forty-first development set", path.join(__dirname, "dev141"), 4,
  { precision: 0.92, recall: 0.99, reviewRecall: 0.99, year: 0.99, kind: 0.99 }, 0);
