// Real documents, five-hundred-and-forty-first development set (tests/real/dev541): rural-revitalisation goals of 2021–2025 (台儿庄, 滨海, 义安, 浠水) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-forty-first development set", path.join(__dirname, "dev541"), 4,
  { precision: 0.67, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 1);
