// Real documents, forty-seventh development set (tests/real/dev47): three Shanghai districts' 2025 major-project plans
// as the news reported them (杨浦, 松江, 浦东) — labelled without sight of the engine and first scored unseen (README.md);
// the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, forty-seventh development set", path.join(__dirname, "dev47"), 3,
  { precision: 0.9, recall: 0.97, reviewRecall: 0.97, year: 0.97, kind: 0.55 }, 0);
