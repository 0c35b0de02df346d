// Real documents, two-hundred-and-ninetieth development set (tests/real/dev290): a 2026 provincial work report as the press reported it (浙江) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-ninetieth development set", path.join(__dirname, "dev290"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
