// Real documents, six-hundred-and-forty-second development set (tests/real/dev642): all-for-one tourism goals of 2017–2020 (荣昌's tourism destination, 重庆's rural tourism, 甘肃's and 青海's all-for-one tourism) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-forty-second development set", path.join(__dirname, "dev642"), 4,
  { precision: 0.92, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.92 }, 1);
