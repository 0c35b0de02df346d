// Real documents, six-hundred-and-eighty-eighth development set (tests/real/dev688): soil-pollution goals of 2017–2030 (湖南's 净土保卫战, 新疆's and 长春's work plans, 云南's 十四五 plan in a traditional-character mirror, 福建's heavy-metal cut) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-eighty-eighth development set", path.join(__dirname, "dev688"), 5,
  { precision: 0.95, recall: 0.89, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
