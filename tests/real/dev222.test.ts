// Real documents, two-hundred-and-twenty-second development set (tests/real/dev222): consumption, skills, sports-industry and emergency-management goals of Sichuan, Xuchang, the Yangtze delta and Tongxiang, 2020–2024 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-twenty-second development set", path.join(__dirname, "dev222"), 4,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
