// Real documents, eight-hundred-and-twenty-fourth development set (tests/real/dev824): specialty-crop goals of 2017–2021 (贵州's chilli plan, 柞水's black fungus, 石柱's chilli, 长阳's konjac, 四川's Sichuan pepper) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-twenty-fourth development set", path.join(__dirname, "dev824"), 5,
  { precision: 0.87, recall: 0.9, reviewRecall: 0.95, year: 0.95, kind: 0.86 }, 2);
