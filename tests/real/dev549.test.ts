// Real documents, five-hundred-and-forty-ninth development set (tests/real/dev549): a county work report's next-year project goals (彰武, 2024) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-forty-ninth development set", path.join(__dirname, "dev549"), 1,
  { precision: 0.7, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
