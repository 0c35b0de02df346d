// Real documents, two-hundred-and-thirteenth development set (tests/real/dev213): Shanghai's work-report goals of 2007, 2010 and 2021, a Jing'an district's key work of 2022, and a roundup of Hangzhou, Tongliao and Linfen goals of 2020 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-thirteenth development set", path.join(__dirname, "dev213"), 5,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
