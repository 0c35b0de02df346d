// Real documents, five-hundred-and-sixth development set (tests/real/dev506): industry goals of 2021–2023 (万州, 济南's 十四五 industry plan, a county's 2022 industry speech, 鲤城's digital economy plan, 达州) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-sixth development set", path.join(__dirname, "dev506"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.92 }, 1);
