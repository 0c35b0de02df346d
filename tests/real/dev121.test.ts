// Real documents, hundred-and-twenty-first development set (tests/real/dev121): budget reports and their news — the
// national 2025 budget resolution, 长春's 2024 report, the national defence budget 2026, and five of Taiwan's central
// government budgets in its press — labelled without sight of the engine and first scored unseen (README.md).
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-twenty-first development set", path.join(__dirname, "dev121"), 9,
  { precision: 0.73, recall: 0.68, reviewRecall: 0.69, year: 0.54, kind: 0.83 }, 2);
