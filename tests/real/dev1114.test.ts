// Real documents, 1114th development set (tests/real/dev1114): new urbanisation: urbanisation rates, county towns and settling migrants — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1114th development set", path.join(__dirname, "dev1114"), 5,
  { precision: 0.86, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.92 }, 2);
