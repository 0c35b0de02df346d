// Real documents, three-hundred-and-sixty-sixth development set (tests/real/dev366): task tables shared out to places, 2022 (德州's old residential compounds, 景德镇 昌江's farmland) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-sixty-sixth development set", path.join(__dirname, "dev366"), 2,
  { precision: 0.95, recall: 0.43, reviewRecall: 0.46, year: 0.26, kind: 0.95 }, 0);
