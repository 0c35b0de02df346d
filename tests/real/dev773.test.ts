// Real documents, seven-hundred-and-seventy-third development set (tests/real/dev773): earthquake-prevention goals of 2017–2022 (泸州's monitoring stations, 四川's intensity warning, 河源's stations, 重庆's warning network, 泉州's science education) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-seventy-third development set", path.join(__dirname, "dev773"), 5,
  { precision: 0.87, recall: 0.41, reviewRecall: 0.41, year: 0.95, kind: 0.87 }, 2);
