// Real documents, three-hundred-and-fifteenth development set (tests/real/dev315): a 2026 press conference on 上海's 十五五 research-spending goal — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-fifteenth development set", path.join(__dirname, "dev315"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
