// Real documents, three-hundred-and-seventy-fifth development set (tests/real/dev375): provincial five-year goals as reported at adoption (江苏 and 江西 十三五, 重庆 十二五; two texts mended to the page) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-seventy-fifth development set", path.join(__dirname, "dev375"), 3,
  { precision: 0.92, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.83 }, 2);
