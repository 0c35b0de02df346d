// Real documents, eight-hundred-and-first development set (tests/real/dev801): special-education goals of 2014–2017 (永州's, 青海's, 无锡's and another city's enrolment and funding targets, 海南's special schools and resource rooms) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-first development set", path.join(__dirname, "dev801"), 5,
  { precision: 0.83, recall: 0.95, reviewRecall: 0.95, year: 0.76, kind: 0.88 }, 5);
