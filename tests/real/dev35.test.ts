// Real documents, thirty-fifth development set (tests/real/dev35): ten 2023–2026 annual work plans and targets of
// provincial and city departments — health, ecology, education, transport and agriculture — labelled without sight of
// the engine and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, thirty-fifth development set", path.join(__dirname, "dev35"), 10,
  { precision: 0.95, recall: 0.96, reviewRecall: 0.97, year: 0.98, kind: 0.86 }, 0);
