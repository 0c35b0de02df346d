// Real documents, eight-hundred-and-thirty-sixth development set (tests/real/dev836): shipbuilding and port-industry goals of 2016–2027 (天津 临港's marine equipment, 河北's port industry, the national shipbuilding action plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-thirty-sixth development set", path.join(__dirname, "dev836"), 3,
  { precision: 0.95, recall: 0.75, reviewRecall: 0.75, year: 0.86, kind: 0.86 }, 1);
