// Real documents, three-hundred-and-thirty-sixth development set (tests/real/dev336): departments' work meetings and plans of 2019–2022: agriculture, transport, culture and tourism (安徽, 甘肃, 河南, national) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-thirty-sixth development set", path.join(__dirname, "dev336"), 5,
  { precision: 0.84, recall: 0.91, reviewRecall: 0.95, year: 0.95, kind: 0.87 }, 2);
