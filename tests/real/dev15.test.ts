// Real documents, fifteenth development set (tests/real/dev15): the openings of fourteen 2017–2026 pages — provincial
// and city work reports, a city's list of 实事, Shanghai district lists (one a progress table), district reports and
// city action plans — labelled without sight of the engine and first scored unseen (README.md); the engine has since
// been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, fifteenth development set", path.join(__dirname, "dev15"), 14,
  { precision: 0.98, recall: 0.94, reviewRecall: 0.99, year: 0.99, kind: 0.97 }, 2);
