// Real documents, six-hundred-and-ninety-fourth development set (tests/real/dev694): hazardous and medical waste goals of 2018–2020 (沧州's medical waste, 山东's hazardous-waste campaign, 山西's medical-waste facilities, 河南's lead-battery collection) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-ninety-fourth development set", path.join(__dirname, "dev694"), 4,
  { precision: 0.95, recall: 0.87, reviewRecall: 0.87, year: 0.79, kind: 0.95 }, 0);
