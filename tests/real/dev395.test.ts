// Real documents, three-hundred-and-ninety-fifth development set (tests/real/dev395): a county-level city's 2023 report and a county's 2022 livelihood list (临湘, 杞县) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-ninety-fifth development set", path.join(__dirname, "dev395"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.84 }, 0);
