// Real documents, nineteenth development set (tests/real/dev19): the openings of seventeen 2017–2026 pages of Shanghai
// districts and of districts and counties elsewhere — mid-year plan execution reports, work reports, an implementation
// plan, work targets and 民生实事 lists — labelled without sight of the engine and first scored unseen (README.md); the
// engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nineteenth development set", path.join(__dirname, "dev19"), 17,
  { precision: 0.97, recall: 0.96, reviewRecall: 0.98, year: 0.98, kind: 0.97 }, 0);
