// Real documents, hundred-and-twenty-sixth development set (tests/real/dev126): cities' livelihood plans of 2023–2025
// — old communities, urban villages, fitness, school places, pocket parks, gig markets, a city's projects — labelled
// without sight of the engine and first scored unseen (README.md).
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-twenty-sixth development set", path.join(__dirname, "dev126"), 7,
  { precision: 0.47, recall: 0.8, reviewRecall: 0.84, year: 0.97, kind: 0.88 }, 1);
