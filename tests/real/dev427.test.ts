// Real documents, four-hundred-and-twenty-seventh development set (tests/real/dev427): towns' goals of 2023–2026 in the Pearl and Yangtze deltas (凤岗, 小榄, 杜阮, 安宜, 丁桥) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-twenty-seventh development set", path.join(__dirname, "dev427"), 5,
  { precision: 0.91, recall: 0.86, reviewRecall: 0.92, year: 0.82, kind: 0.91 }, 0);
