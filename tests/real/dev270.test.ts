// Real documents, two-hundred-and-seventieth development set (tests/real/dev270): rural water-supply, rural-road and rural-delivery plans (Weihai, Yangquan, Xinxiang, Huzhou, Zhengzhou) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-seventieth development set", path.join(__dirname, "dev270"), 5,
  { precision: 0.91, recall: 0.85, reviewRecall: 0.85, year: 0.95, kind: 0.91 }, 4);
