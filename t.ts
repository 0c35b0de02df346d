import { readFileSync } from "node:fs";
const { extract } = await import("./src/core");
const x = readFileSync("/tmp/x20.txt", "utf8");
let a = performance.now(); extract(x); let b = performance.now(); console.log("x20 first", (b - a).toFixed(0));
