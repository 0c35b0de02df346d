// Real documents, thirty-eighth development set (tests/real/dev38): six 2023–2024 county and banner pages — work
// reports' target sections, an annual plan report and work-conference targets — labelled without sight of the engine
// and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, thirty-eighth development set", path.join(__dirname, "dev38"), 6,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
