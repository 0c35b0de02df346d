// Real documents, five-hundred-and-eighth development set (tests/real/dev508): housing and utilities goals of 2020–2023 (洛阳's housing meeting, 扬州's old communities, 武汉's report, 市北's livelihood projects) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-eighth development set", path.join(__dirname, "dev508"), 4,
  { precision: 0.92, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.95 }, 0);
