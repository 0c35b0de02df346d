// Real documents, hundred-and-ninety-fourth development set (tests/real/dev194): national and western provinces' work meetings of 2016–2026 on transport, water, tourism and the post — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-ninety-fourth development set", path.join(__dirname, "dev194"), 6,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 1);
