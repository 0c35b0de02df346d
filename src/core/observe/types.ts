// Types of the bulletin reader and the matcher.
import type { Observation } from "../model";

/** An observation with what the reader knows of its place in the bulletin. */
export interface BulletinObservation extends Observation {
  /**
   * The indicator this one is a part of, when 其中 (or a # / indented table row) introduces it: 出口 of
   * 岚台贸易进出口总额 is not the region's 出口. Null for a total.
   */
  partOf: string | null;
}

/** A statistical bulletin read into observations. */
export interface Bulletin {
  /** File name or other label the report and SourceRef use. */
  file: string;
  title: string | null;
  /** The year the bulletin reports on (2025 for the 2025 bulletin published in 2026), null when not found. */
  year: number | null;
  /** How the year was found ("title", "text", "issue date"), for reports. */
  yearSource: string | null;
  region: string | null;
  observations: BulletinObservation[];
}
