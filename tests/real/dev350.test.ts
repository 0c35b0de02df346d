// Real documents, three-hundred-and-fiftieth development set (tests/real/dev350): city, district and county work reports and a district's livelihood list of 2011–2013 (茂名, 自贡 贡井, 乌海 乌达, 泰兴) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-fiftieth development set", path.join(__dirname, "dev350"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.91 }, 1);
