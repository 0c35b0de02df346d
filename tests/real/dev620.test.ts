// Real documents, six-hundred-and-twentieth development set (tests/real/dev620): international rail-freight and corridor goals of 2018–2027 (秀山's logistics hub, 陕西's 十四五 corridor goals in traditional characters, 云南's China–Laos railway plan, 山东's 齐鲁号 trains) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-twentieth development set", path.join(__dirname, "dev620"), 4,
  { precision: 0.89, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 2);
