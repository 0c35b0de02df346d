// Real documents, six-hundred-and-seventy-sixth development set (tests/real/dev676): public-transport goals of 2016–2018 (阜阳's transit-metropolis creation, 邯郸's priority demonstration, 永州's transit-metropolis standards, 江西's road passenger transport in a traditional-character mirror) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-seventy-sixth development set", path.join(__dirname, "dev676"), 4,
  { precision: 0.88, recall: 0.95, reviewRecall: 0.95, year: 0.7, kind: 0.95 }, 1);
