// Real documents, seven-hundred-and-second development set (tests/real/dev702): water-supply goals of 2017–2025 (唐山's old-estate pipes in a traditional-character mirror, an unnamed city's secondary supply, the national leakage pilots, 闽清's urban–rural supply) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-second development set", path.join(__dirname, "dev702"), 4,
  { precision: 0.82, recall: 0.33, reviewRecall: 0.45, year: 0.37, kind: 0.95 }, 3);
