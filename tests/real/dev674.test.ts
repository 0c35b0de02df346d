// Real documents, six-hundred-and-seventy-fourth development set (tests/real/dev674): children's myopia-prevention goals of 2019–2023 (温州, 辽宁, 芜湖, 竹山, the 22 provinces' responsibility letters, 深圳's screening; several in traditional-character mirrors) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-seventy-fourth development set", path.join(__dirname, "dev674"), 6,
  { precision: 0.81, recall: 0.81, reviewRecall: 0.81, year: 0.95, kind: 0.56 }, 1);
