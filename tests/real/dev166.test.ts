// Real documents, hundred-and-sixty-sixth development set (tests/real/dev166): 十五五 goals of the railways, city rail transit and 湖北's water works — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-sixty-sixth development set", path.join(__dirname, "dev166"), 3,
  { precision: 0.48, recall: 0.92, reviewRecall: 0.98, year: 0.98, kind: 0.92 }, 2);
