// Real documents, seven-hundred-and-thirteenth development set (tests/real/dev713): flood-control and reservoir goals of 2018–2022 (云南's small reservoirs, 宁波's seawalls, 河北's rivers, 山东's post-flood works) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-thirteenth development set", path.join(__dirname, "dev713"), 5,
  { precision: 0.79, recall: 0.95, reviewRecall: 0.95, year: 0.71, kind: 0.8 }, 2);
