// Real documents, three-hundred-and-eighty-eighth development set (tests/real/dev388): county and city plans for rural revitalisation, eldercare facilities, rural toilets and sewage, 2019–2022 (安康 石泉, 新乡, 资阳, 唐山 芦台) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-eighty-eighth development set", path.join(__dirname, "dev388"), 4,
  { precision: 0.82, recall: 0.86, reviewRecall: 0.9, year: 0.66, kind: 0.95 }, 1);
