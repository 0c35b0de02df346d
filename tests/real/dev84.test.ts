// Real documents, eighty-fourth development set (tests/real/dev84): eleven livelihood lists and work reports of counties, districts and prefecture cities, and a roundup of cities' growth goals, each stating its year — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eighty-fourth development set", path.join(__dirname, "dev84"), 11,
  { precision: 0.97, recall: 0.88, reviewRecall: 0.96, year: 0.90, kind: 0.93 }, 0);
