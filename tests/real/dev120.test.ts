// Real documents, hundred-and-twentieth development set (tests/real/dev120): five-year goals — three 十五五 pages, 十四五
// outlines and plans, party congresses' goals — labelled without sight of the engine and first scored unseen
// (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-twentieth development set", path.join(__dirname, "dev120"), 12,
  { precision: 0.99, recall: 0.96, reviewRecall: 0.97, year: 0.8, kind: 0.92 }, 8);
