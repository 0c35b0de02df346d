// Real documents, eight-hundred-and-ninety-eighth development set (tests/real/dev898): multimodal transport and rail freight — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-ninety-eighth development set", path.join(__dirname, "dev898"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 4);
