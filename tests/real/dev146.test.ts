// Real documents, hundred-and-forty-sixth development set (tests/real/dev146): government work reports of 2018–2024 as news pages give them (a county's 民生实事, a city's tasks, 西藏 tourism, 扬州's 十三五 record and 2021 goals, 哈尔滨's 2024 targets, 荆州's 2018 changes) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-forty-sixth development set", path.join(__dirname, "dev146"), 6,
  { precision: 0.99, recall: 0.96, reviewRecall: 0.99, year: 0.86, kind: 0.94 }, 1);
