// Real documents, five-hundred-and-twenty-eighth development set (tests/real/dev528): a county-level forest district's 2018 work report tourism goals (神农架) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-twenty-eighth development set", path.join(__dirname, "dev528"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
