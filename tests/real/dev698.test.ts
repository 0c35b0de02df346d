// Real documents, six-hundred-and-ninety-eighth development set (tests/real/dev698): urban public-toilet goals of 2018–2020 (宁德蕉城, 厦门's tourist toilets, 西安 and 济南's toilet revolutions, 山西's toilet density) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-ninety-eighth development set", path.join(__dirname, "dev698"), 5,
  { precision: 0.92, recall: 0.89, reviewRecall: 0.89, year: 0.95, kind: 0.89 }, 2);
