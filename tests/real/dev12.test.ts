// Real documents, twelfth development set (tests/real/dev12): the openings of fourteen 2025–2026 pages — work-report
// coverage of provinces and cities, an annual plan, county lists of 民生实事, two in traditional characters — labelled
// without sight of the engine and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, twelfth development set", path.join(__dirname, "dev12"), 14,
  { precision: 0.98, recall: 0.98, reviewRecall: 0.98, year: 0.96, kind: 0.97 }, 2);
