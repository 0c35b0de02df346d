// Real documents, eight-hundred-and-third development set (tests/real/dev803): public legal-service and rule-of-law goals of 2018–2022 (深圳's lawyer-industry plan, 合肥's and 江西's legal-literate villagers, 五华's legal-service stations) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-third development set", path.join(__dirname, "dev803"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.84, kind: 0.8 }, 1);
