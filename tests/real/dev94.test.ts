// Real documents, ninety-fourth development set (tests/real/dev94): annual plans of counties and cities, news of work reports that review a year and set the next — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, ninety-fourth development set", path.join(__dirname, "dev94"), 7,
  { precision: 0.995, recall: 0.958, reviewRecall: 0.958, year: 0.995, kind: 0.957 }, 0);
