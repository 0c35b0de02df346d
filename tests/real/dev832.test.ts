// Real documents, eight-hundred-and-thirty-second development set (tests/real/dev832): automobile-industry goals of 2022–2027 (随州's special vehicles, 柳州's new-energy vehicles, 合肥's NEV cluster, 安徽's county auto-parts clusters, 郑州's NEV and connected vehicles) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-thirty-second development set", path.join(__dirname, "dev832"), 5,
  { precision: 0.85, recall: 0.88, reviewRecall: 0.88, year: 0.95, kind: 0.91 }, 1);
