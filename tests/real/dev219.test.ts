// Real documents, two-hundred-and-nineteenth development set (tests/real/dev219): provincial major-project plans and lists of Gansu, Guizhou and Henan, 2022–2023 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-nineteenth development set", path.join(__dirname, "dev219"), 3,
  { precision: 0.9, recall: 0.85, reviewRecall: 0.9, year: 0.95, kind: 0.9 }, 0);
