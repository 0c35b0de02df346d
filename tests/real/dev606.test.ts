// Real documents, six-hundred-and-sixth development set (tests/real/dev606): urban-village renewal and property-management goals of 2023–2025 (连云港 and 赣榆, 浦东's 两旧一村, 丰台, 武汉's report, 安徽's owners' committees) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-sixth development set", path.join(__dirname, "dev606"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.87, kind: 0.84 }, 0);
