// Real documents, two-hundred-and-thirty-sixth development set (tests/real/dev236): investment and key-project goals of Cangxi, Helong, a Guangdong county and Zhejiang — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-thirty-sixth development set", path.join(__dirname, "dev236"), 4,
  { precision: 0.85, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.9 }, 0);
