// Real documents, two-hundred-and-forty-seventh development set (tests/real/dev247): cities' action plans: Chongqing manufacturing, Chengdu culture and tourism, Quanzhou tourism, Yancheng digital economy, Fuzhou low-altitude economy — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-forty-seventh development set", path.join(__dirname, "dev247"), 5,
  { precision: 0.9, recall: 0.85, reviewRecall: 0.85, year: 0.95, kind: 0.95 }, 3);
