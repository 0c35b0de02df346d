// Observations from statistical bulletins and their matching to plan targets.
export { readBulletin, type BulletinOptions } from "./bulletin";
export type { Bulletin, BulletinObservation } from "./types";
