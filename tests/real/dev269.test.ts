// Real documents, two-hundred-and-sixty-ninth development set (tests/real/dev269): reading-city, public-culture and rural-film plans (Fuzhou, Lianyungang, Ningbo, Aba, Shenqiu) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-sixty-ninth development set", path.join(__dirname, "dev269"), 5,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.95, year: 0.54, kind: 0.9 }, 2);
