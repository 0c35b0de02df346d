// Real documents, two-hundred-and-seventy-ninth development set (tests/real/dev279): tourism goals of provinces, cities and counties (Anhui, Enshi, Tianjin, Lhasa, Yangxin) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-seventy-ninth development set", path.join(__dirname, "dev279"), 5,
  { precision: 0.77, recall: 0.95, reviewRecall: 0.95, year: 0.79, kind: 0.95 }, 2);
