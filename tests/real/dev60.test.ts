// Real documents, sixtieth development set (tests/real/dev60): four pages setting 2026 goals (two 民生实事 lists, a
// city's split-up of its work report's targets, an air-quality note's monthly targets) — labelled without sight of the
// engine and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, sixtieth development set", path.join(__dirname, "dev60"), 4,
  { precision: 0.85, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.9 }, 0);
