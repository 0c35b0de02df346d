// Real documents, seven-hundred-and-eighty-sixth development set (tests/real/dev786): civil-affairs goals of 2018–2025 (河南's welfare centres, 江苏's work meetings and livelihood projects of 2022, 2023 and 2025) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-eighty-sixth development set", path.join(__dirname, "dev786"), 4,
  { precision: 0.9, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.85 }, 2);
