// Real documents, six-hundred-and-eighty-fourth development set (tests/real/dev684): family-farm, cooperative and farm-service goals of 2020–2027 (四川's family farms and cooperatives, 山西's demonstration farms with a headline printed twice, 四川's socialised services, 安徽's farming trusteeship) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-eighty-fourth development set", path.join(__dirname, "dev684"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.75 }, 2);
