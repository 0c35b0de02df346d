// Units of plan indicators and conversion between them.
export * from "./catalogue";
export * from "./convert";
