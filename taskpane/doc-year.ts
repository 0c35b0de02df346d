// The document's year (今年 / 全年 / 年内 mean it): shown with where it came from, and changeable by the user.
import type { DocYear } from "../src/core/document/doc-year";
import type { Language, PlanDocument } from "../src/core/model";
import { byId, setText } from "./dom";
import { type StringKey, translate } from "./i18n";

export const DOC_YEAR_MIN = 1900;
export const DOC_YEAR_MAX = 2100;

/** A typed year, or null when it is not a whole year in range. */
export function parseDocYear(raw: string): number | null {
  const t = raw.trim();
  if (!/^\d{4}$/.test(t)) return null;
  const year = Number(t);
  return year >= DOC_YEAR_MIN && year <= DOC_YEAR_MAX ? year : null;
}

/** Every source the engine gives (DocYear), and the user's own year: a new source is a type error here. */
export const DOC_YEAR_SOURCE_KEYS: Record<DocYear["source"] | "user", StringKey> = {
  title: "docYearFrom_title",
  date: "docYearFrom_date",
  text: "docYearFrom_text",
  review: "docYearFrom_review",
  user: "docYearFrom_user",
};

/** Where the year was found, in words; a source the pane does not know reads "from the document". */
export function docYearSourceKey(doc: Pick<PlanDocument, "docYear" | "docYearSource">): StringKey {
  if (doc.docYear === null || doc.docYear === undefined) return "docYearUnknown";
  const keys: Record<string, StringKey> = DOC_YEAR_SOURCE_KEYS;
  const source = doc.docYearSource ?? "";
  return Object.prototype.hasOwnProperty.call(keys, source) ? keys[source] : "docYearFrom_other";
}

export class DocYearControl {
  private doc: PlanDocument | null = null;
  private readonly box = byId("doc-year-box");
  private readonly input = byId<HTMLInputElement>("doc-year");
  private readonly source = byId("doc-year-source");

  constructor(
    private readonly lang: () => Language,
    /** A valid new year was entered. */
    onYear: (year: number) => void,
    /** Something that is not a year was typed (the field shows the document's year again). */
    onInvalid: (typed: string) => void,
  ) {
    this.input.addEventListener("change", () => {
      const typed = this.input.value;
      const year = parseDocYear(typed);
      if (year === null) {
        // An emptied field simply shows the year again; anything else typed is answered.
        this.render();
        if (typed.trim() !== "") onInvalid(typed);
        return;
      }
      if (year !== (this.doc?.docYear ?? null)) onYear(year);
    });
  }

  /** Shows a document's year (or none: the control hides). */
  show(doc: PlanDocument | null): void {
    this.doc = doc;
    this.render();
  }

  render(): void {
    this.box.hidden = this.doc === null;
    if (!this.doc) return;
    this.input.value = this.doc.docYear == null ? "" : String(this.doc.docYear);
    setText(this.source, translate(this.lang(), docYearSourceKey(this.doc)));
  }
}
