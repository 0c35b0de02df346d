// Real documents, three-hundred-and-twenty-seventh development set (tests/real/dev327): 上海's bureau plans of 2023–2024: housing, education and a district's water work — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-twenty-seventh development set", path.join(__dirname, "dev327"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.77 }, 0);
