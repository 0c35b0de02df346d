// Real documents, six-hundred-and-sixty-sixth development set (tests/real/dev666): intellectual-property goals of 2021–2023 (承德's press conference on its IP-strong city, 海南's geographical-indication action) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-sixty-sixth development set", path.join(__dirname, "dev666"), 2,
  { precision: 0.5, recall: 0.86, reviewRecall: 0.86, year: 0.76, kind: 0.95 }, 1);
