// Real documents, two-hundred-and-sixty-eighth development set (tests/real/dev268): digital-government and online-service plans (Guangdong, Meizhou, Changning, Tianjin, Xining) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-sixty-eighth development set", path.join(__dirname, "dev268"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
