// Real documents, three-hundred-and-fifty-eighth development set (tests/real/dev358): 上海's municipal agriculture and jobs plans of 2021–2024: a farmland task table by district, the farming action plan, the 乐业上海 jobs plan — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-fifty-eighth development set", path.join(__dirname, "dev358"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
