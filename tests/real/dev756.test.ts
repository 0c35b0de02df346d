// Real documents, seven-hundred-and-fifty-sixth development set (tests/real/dev756): soil-and-water conservation goals of 2015–2023 (江苏's and 孝感's plans, 山西's ten-hundred-thousand goals, 榆林's check dams, 贵州's rocky desertification) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-fifty-sixth development set", path.join(__dirname, "dev756"), 5,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 3);
