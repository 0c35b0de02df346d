// Real documents, five-hundred-and-sixty-third development set (tests/real/dev563): logistics, recycling and postal plans of 2022–2025 (福州 rural delivery, 杭州 recycling, 浙江 cold chain, 深圳 logistics, 江苏 postal measures), two in pinyin-glossed or traditional mirrors — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-sixty-third development set", path.join(__dirname, "dev563"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 2);
