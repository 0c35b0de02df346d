// Real documents, four-hundred-and-twenty-third development set (tests/real/dev423): 上海's bureaus' yearly tasks of 2016–2023 as the press reported them (education, greening, culture and tourism, transport twice) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-twenty-third development set", path.join(__dirname, "dev423"), 5,
  { precision: 0.95, recall: 0.72, reviewRecall: 0.72, year: 0.83, kind: 0.89 }, 0);
