// Real documents, three-hundred-and-forty-sixth development set (tests/real/dev346): 上海's municipal action plans of 2018–2020: clean air, waste sorting, the online new economy — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-forty-sixth development set", path.join(__dirname, "dev346"), 3,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.73, kind: 0.95 }, 0);
