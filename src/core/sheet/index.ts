// The sheet model: one pure description of the targets table that every renderer translates.
export * from "./expr";
export * from "./labels";
export * from "./columns";
export * from "./measure-exprs";
export * from "./formulas";
export * from "./conditional";
export * from "./names";
export * from "./build";
export * from "./dashboard";
export * from "./value-source";
