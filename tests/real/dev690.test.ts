// Real documents, six-hundred-and-ninetieth development set (tests/real/dev690): clean-heating goals of 2017–2021 (a roundup of 邯郸, 滨州, 邢台 and 淄博 in a pinyin-glossed mirror, 山东's gas and electric households, 咸阳's pilot, 天津滨海's bulk coal, a 青岛 district's villages) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-ninetieth development set", path.join(__dirname, "dev690"), 5,
  { precision: 0.89, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.88 }, 1);
