// Real documents, six-hundred-and-fourth development set (tests/real/dev604): charging-infrastructure and distributed-photovoltaic goals of 2022–2024 (江苏, 长沙 and 广东 charging plans, 长顺's whole-county rooftop solar, 广东's county solar-building pilots) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-fourth development set", path.join(__dirname, "dev604"), 5,
  { precision: 0.83, recall: 0.91, reviewRecall: 0.91, year: 0.82, kind: 0.78 }, 3);
