// Real documents, two-hundred-and-ninth development set (tests/real/dev209): housing, old-community renovation and parking goals of Jiangxi, Jiangsu, Yangzhou, Huaibei and Linyi, 2023–2024 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-ninth development set", path.join(__dirname, "dev209"), 5,
  { precision: 0.9, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.8 }, 0);
