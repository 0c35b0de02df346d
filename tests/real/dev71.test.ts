// Real documents, seventy-first development set (tests/real/dev71): four news articles of 2021–2022 quoting plan
// targets among results (a roundup of cities' results for three quarters, commentary on two cities' 十四五 plans) —
// labelled without sight of the engine and first scored unseen (README.md); the engine has since been developed against
// them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seventy-first development set", path.join(__dirname, "dev71"), 4,
  { precision: 0.5, recall: 0.85, reviewRecall: 0.85, year: 0.85, kind: 0.95 }, 0);
