// Real documents, eight-hundred-and-twenty-ninth development set (tests/real/dev829): road-traffic-safety goals of 2020–2024 (常州's rural road safety facilities, 陕西's and 云南's helmet and seat-belt use, 海南's rural persuasion stations) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-twenty-ninth development set", path.join(__dirname, "dev829"), 4,
  { precision: 0.79, recall: 0.75, reviewRecall: 0.75, year: 0.95, kind: 0.95 }, 1);
