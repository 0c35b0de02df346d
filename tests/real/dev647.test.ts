// Real documents, six-hundred-and-forty-seventh development set (tests/real/dev647): cold-chain and logistics goals of 2018–2025 (重庆's cold-chain storage, 甘肃's farm cold storage, 广西's rural delivery, 云南's 十四五 cold chain, 浙江's logistics) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-forty-seventh development set", path.join(__dirname, "dev647"), 5,
  { precision: 0.92, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.83 }, 3);
