// Real documents, hundred-and-fifteenth development set (tests/real/dev115): news and summaries of provinces' and capitals' 2025 and 2026 work reports — labelled without sight of the
// engine and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-fifteenth development set", path.join(__dirname, "dev115"), 11,
  { precision: 0.91, recall: 0.97, reviewRecall: 0.99, year: 0.99, kind: 0.96 }, 0);
