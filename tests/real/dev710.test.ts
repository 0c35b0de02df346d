// Real documents, seven-hundred-and-tenth development set (tests/real/dev710): public cultural-service goals of 2016–2021 (襄阳's library coverage, 新泰's reading rooms, a county's free venues, 安徽's opera tours) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-tenth development set", path.join(__dirname, "dev710"), 4,
  { precision: 0.84, recall: 0.89, reviewRecall: 0.89, year: 0.71, kind: 0.77 }, 2);
