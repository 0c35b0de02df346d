// Real documents, two-hundred-and-eighty-second development set (tests/real/dev282): education goals of cities and counties (Dongguan, Yantian, Cangnan, Wenzhou), 2018–2021 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-eighty-second development set", path.join(__dirname, "dev282"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.77, kind: 0.86 }, 3);
