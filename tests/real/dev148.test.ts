// Real documents, hundred-and-forty-eighth development set (tests/real/dev148): 2025 work reports of central and western cities as news gives them (a roundup of 河南 cities' growth targets, 甘孜's key tasks) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-forty-eighth development set", path.join(__dirname, "dev148"), 2,
  { precision: 0.99, recall: 0.92, reviewRecall: 0.95, year: 0.99, kind: 0.5 }, 0);
