// Real documents, six-hundred-and-eighty-sixth development set (tests/real/dev686): 济南's 2021 civilised-city action (illegal buildings, old estates, resettlement housing, lifts) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-eighty-sixth development set", path.join(__dirname, "dev686"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
