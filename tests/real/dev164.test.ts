// Real documents, hundred-and-sixty-fourth development set (tests/real/dev164): 上海 districts' 2024–2025 major-project lists and a bureau's work points — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-sixty-fourth development set", path.join(__dirname, "dev164"), 3,
  { precision: 0.75, recall: 0.75, reviewRecall: 0.86, year: 0.98, kind: 0.62 }, 0);
