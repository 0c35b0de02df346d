// Real documents, tenth development set (tests/real/dev10): the openings of twelve 2022–2026 pages — yearly livelihood
// project lists, 2026 work reports' targets, a plan report reposted in traditional characters, a province's division of
// work and an industrial plan — labelled without sight of the engine and first scored unseen (README.md); the engine
// has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, tenth development set", path.join(__dirname, "dev10"), 12,
  { precision: 0.96, recall: 0.93, reviewRecall: 0.94, year: 0.98, kind: 0.93 }, 1);
