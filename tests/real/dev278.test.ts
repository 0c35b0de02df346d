// Real documents, two-hundred-and-seventy-eighth development set (tests/real/dev278): power-grid, charging-pile and power-company goals (Guangyuan, Foshan, Hubei, Xianyou, Shanxi) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-seventy-eighth development set", path.join(__dirname, "dev278"), 5,
  { precision: 0.91, recall: 0.8, reviewRecall: 0.95, year: 0.71, kind: 0.91 }, 0);
