// Real documents, seven-hundred-and-forty-second development set (tests/real/dev742): grassland and desertification goals of 2016–2025 (the national plan, 内蒙古's grass planting, 榆林's forest chiefs, 宁夏's two plans) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-forty-second development set", path.join(__dirname, "dev742"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 2);
