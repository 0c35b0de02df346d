// Real documents, six-hundred-and-ninety-seventh development set (tests/real/dev697): e-commerce and live-streaming goals of 2020–2022 (浙江's digital commerce and 杭州's live-streaming opinions in pinyin-glossed mirrors, 四川's live-streaming action, 济南's live-streaming bases) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-ninety-seventh development set", path.join(__dirname, "dev697"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.8, kind: 0.89 }, 4);
