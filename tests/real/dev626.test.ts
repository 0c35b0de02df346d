// Real documents, six-hundred-and-twenty-sixth development set (tests/real/dev626): Tianjin's 2025 民心工程 of urban management (gas and heating pipes, roads, parking, pocket parks), from a newspaper interview — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-twenty-sixth development set", path.join(__dirname, "dev626"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 0);
