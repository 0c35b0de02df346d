// Real documents, twentieth development set (tests/real/dev20): the openings of thirteen 2019–2026 pages of provinces
// and cities — work reports and their summaries, a work division, action and implementation plans (one with its
// indicator table) and a 为民办实事 plan — labelled without sight of the engine and first scored unseen (README.md); the
// engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, twentieth development set", path.join(__dirname, "dev20"), 13,
  { precision: 0.98, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.96 }, 2);
