// Observations from statistical bulletins and their matching to plan targets.
export { readBulletin, type BulletinOptions } from "./bulletin";
export type { Bulletin, BulletinObservation } from "./types";
export { matchTarget, ACCEPT, type Candidate, type MatchOptions, type TargetMatch, type Use } from "./match";
export { fillFromBulletins, type FillOptions, type FillResult, type GivenValues, type TargetFill } from "./fill";
export { compareNames, normaliseName } from "./names";
export { sameRegion } from "./regions";
