// Real documents, nine-hundred-and-sixty-first development set (tests/real/dev961): fire stations and engines — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-sixty-first development set", path.join(__dirname, "dev961"), 5,
  { precision: 0.56, recall: 0.61, reviewRecall: 0.7, year: 0.82, kind: 0.45 }, 2);
