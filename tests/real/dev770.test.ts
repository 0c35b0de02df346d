// Real documents, seven-hundred-and-seventieth development set (tests/real/dev770): incubator, maker-space and technology-transfer goals of 2017–2025 (平阳's and 温州's incubator clusters, 湖南's and 河南's technology transfer, 重庆's incubation carriers) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-seventieth development set", path.join(__dirname, "dev770"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.85, kind: 0.88 }, 3);
