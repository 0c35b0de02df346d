// Real documents, seven-hundred-and-fifty-seventh development set (tests/real/dev757): gas-pipeline, water-pipe and old-network renovation goals of 2011–2024 (内蒙古's 2024 work report digest, 吉林's secondary water supply, 天津's gas pipelines of 2011 and 2016) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-fifty-seventh development set", path.join(__dirname, "dev757"), 4,
  { precision: 0.9, recall: 0.79, reviewRecall: 0.87, year: 0.95, kind: 0.8 }, 3);
