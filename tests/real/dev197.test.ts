// Real documents, hundred-and-ninety-seventh development set (tests/real/dev197): a Shanghai town's projects and the goals of districts and cities of Guangzhou, Shenzhen and Tianjin, 2021–2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-ninety-seventh development set", path.join(__dirname, "dev197"), 6,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.9, kind: 0.9 }, 1);
