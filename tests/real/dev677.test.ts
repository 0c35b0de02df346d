// Real documents, six-hundred-and-seventy-seventh development set (tests/real/dev677): vocational-education goals of 2020–2026 (杭州's industry–education integration, 内蒙古's vocational-education action) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-seventy-seventh development set", path.join(__dirname, "dev677"), 2,
  { precision: 0.95, recall: 0.89, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
