// Real documents, two-hundred-and-sixty-fourth development set (tests/real/dev264): fishery and marine-economy plans (Yunnan, Jiangxi, Sichuan, Ningbo) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-sixty-fourth development set", path.join(__dirname, "dev264"), 4,
  { precision: 0.92, recall: 0.92, reviewRecall: 0.95, year: 0.95, kind: 0.92 }, 2);
