// Real documents, 1135th development set (tests/real/dev1135): social assistance: minimum living allowances and support for the destitute — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1135th development set", path.join(__dirname, "dev1135"), 5,
  { precision: 0.7, recall: 0.61, reviewRecall: 0.61, year: 0.95, kind: 0.95 }, 2);
