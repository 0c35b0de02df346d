// Real documents, eight-hundred-and-thirty-fifth development set (tests/real/dev835): petrochemical and chemical-park goals of 2019–2025 (湖北's chemical transformation, 江苏's rectification, 广东's green petrochemical cluster, 卢龙's fine-chemical park) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-thirty-fifth development set", path.join(__dirname, "dev835"), 4,
  { precision: 0.82, recall: 0.78, reviewRecall: 0.82, year: 0.9, kind: 0.7 }, 3);
