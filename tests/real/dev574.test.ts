// Real documents, five-hundred-and-seventy-fourth development set (tests/real/dev574): work-safety and earthquake-disaster goals of 2021–2024 (山东's 十四五 work-safety plan, 云南 forest-fire prevention, 福建's emergency plans, 安徽 and 天津 earthquake-reduction plans), four in traditional or pinyin-glossed mirrors — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-seventy-fourth development set", path.join(__dirname, "dev574"), 5,
  { precision: 0.86, recall: 0.72, reviewRecall: 0.76, year: 0.95, kind: 0.9 }, 2);
