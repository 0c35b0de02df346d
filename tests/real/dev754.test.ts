// Real documents, seven-hundred-and-fifty-fourth development set (tests/real/dev754): civil air-defence goals of 2016–2018 (浙江's works and parking spaces of 十三五, 北京's 2018 works for city functions) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-fifty-fourth development set", path.join(__dirname, "dev754"), 2,
  { precision: 0.95, recall: 0.85, reviewRecall: 0.95, year: 0.95, kind: 0.72 }, 0);
