// Real documents, four-hundred-and-thirty-first development set (tests/real/dev431): provincial departments' 2025 goals (贵州's highway bureau, 河南's key projects, 吉林's transport meeting) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-thirty-first development set", path.join(__dirname, "dev431"), 3,
  { precision: 0.95, recall: 0.89, reviewRecall: 0.92, year: 0.95, kind: 0.95 }, 1);
