// Real documents, four-hundred-and-forty-ninth development set (tests/real/dev449): western provinces' and cities' goals of 2023–2024 (宁夏, 庆阳, 武威, 新疆) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-forty-ninth development set", path.join(__dirname, "dev449"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
