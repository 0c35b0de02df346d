// Real documents, five-hundred-and-fifty-sixth development set (tests/real/dev556): private-economy goals of 2023–2025 (昆明, 铜陵, 济南) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-fifty-sixth development set", path.join(__dirname, "dev556"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
