// Real documents, 1128th development set (tests/real/dev1128): social work stations and social-work talent — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1128th development set", path.join(__dirname, "dev1128"), 4,
  { precision: 0.89, recall: 0.89, reviewRecall: 0.95, year: 0.89, kind: 0.95 }, 0);
