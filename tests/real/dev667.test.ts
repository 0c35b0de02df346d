// Real documents, six-hundred-and-sixty-seventh development set (tests/real/dev667): household-waste sorting goals of 2019–2023 (广州's three-year plan and 安庆's city plan in traditional-character mirrors, 固原, 沂源 and 钟祥) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-sixty-seventh development set", path.join(__dirname, "dev667"), 5,
  { precision: 0.89, recall: 0.89, reviewRecall: 0.89, year: 0.95, kind: 0.78 }, 0);
