// Real documents, two-hundred-and-fifty-second development set (tests/real/dev252): Shanghai's one-stop-service work points of 2021–2023, its 2023 report's rural part and its agricultural action plan — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-fifty-second development set", path.join(__dirname, "dev252"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
