// Real documents, hundred-and-thirty-sixth development set (tests/real/dev136): 2026 government work reports as provincial and city pages give them — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-thirty-sixth development set", path.join(__dirname, "dev136"), 4,
  { precision: 0.99, recall: 0.99, reviewRecall: 0.99, year: 0.99, kind: 0.79 }, 1);
