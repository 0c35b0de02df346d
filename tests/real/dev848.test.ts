// Real documents, eight-hundred-and-forty-eighth development set (tests/real/dev848): public childcare in Taiwan's cities — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-forty-eighth development set", path.join(__dirname, "dev848"), 5,
  { precision: 0.49, recall: 0.85, reviewRecall: 0.95, year: 0.68, kind: 0.95 }, 1);
