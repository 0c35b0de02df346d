// Indicator math: pure functions shared by the custom functions, the sheet model and the CLI.
export * from "./errors";
export * from "./direction";
export * from "./kinds";
export * from "./terms";
export * from "./growth";
export * from "./gap";
export * from "./progress";
export * from "./projection";
export * from "./status";
export * from "./status-labels";
export * from "./anticipate";
export * from "./row";
