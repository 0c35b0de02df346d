// Real documents, eight-hundred-and-thirty-eighth development set (tests/real/dev838): urban-rural passenger transport goals of 2017–2035 (河北's rural bus conversion, 甘肃's village bus access, 竹山's township bus lines, 吉林's county-wide buses, 湖北's county bus counties) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-thirty-eighth development set", path.join(__dirname, "dev838"), 5,
  { precision: 0.64, recall: 0.8, reviewRecall: 0.95, year: 0.83, kind: 0.95 }, 1);
