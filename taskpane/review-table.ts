// The review table: filters, counts, tick boxes, keyboard navigation and the source-sentence view.
// Only the rows in view are in the page (a virtualised list), so a document with tens of thousands of
// targets answers every keystroke as fast as a short one.
import type { ExtractionResult, Language, Target } from "../src/core/model";
import { targetValueSources, valueSourceLine } from "../src/core/sheet";
import { byId, el, fillSelect, setText } from "./dom";
import { KIND_LABELS, type StringKey, lowReasonLabel, translate } from "./i18n";
import {
  type Filters,
  NONE,
  countTargets,
  decisionKeys,
  facetsOf,
  filterTargets,
  isIncluded,
  isLow,
  kindOf,
  searchIndex,
  searchText,
  sentenceParts,
  valueParts,
} from "./review-model";
import { RowHeights, rowsInView } from "./row-heights";

/** Rows rendered above and below the visible ones, so a short scroll shows rows already laid out. */
const OVERSCAN = 8;
/** Height assumed for a row not yet measured, until the first rows are. */
const DEFAULT_ROW_HEIGHT = 44;
const COLUMNS = 5;
/** Targets whose search text is built per slice of idle time, so the first search keystroke finds it ready. */
const INDEX_SLICE = 2000;

export class ReviewTable {
  private text = "";
  private result: ExtractionResult | null = null;
  /** decisionKeys of the targets; the user's ticks and unticks by key. */
  private keys: string[] = [];
  private readonly decisions = new Map<string, boolean>();
  /** Indices of the targets passing the filters, in document order; a row's position is its place here. */
  private shown: number[] = [];
  private heights = new RowHeights([]);
  /** Measured height of each target's row (0: not yet rendered), kept across filters. */
  private measured = new Float32Array(0);
  private measuredSum = 0;
  private measuredCount = 0;
  /** Rendered rows by position. */
  private readonly rendered = new Map<number, HTMLTableRowElement>();
  /** Position of the row that is the table's one tab stop. */
  private cursor = 0;
  private selected: number | null = null;
  /** Search text of every target: built in idle slices after a document arrives (or at its first search). */
  private index: string[] | null = null;
  private indexJob = 0;
  private frame = 0;

  private readonly wrap = byId<HTMLDivElement>("table-wrap");
  private readonly table = byId<HTMLTableElement>("targets-table");
  private readonly head = this.table.tHead!;
  private readonly body = byId<HTMLTableSectionElement>("targets-body");
  private readonly topSpacer = spacerRow();
  private readonly bottomSpacer = spacerRow();
  private readonly year = byId<HTMLSelectElement>("filter-year");
  private readonly kind = byId<HTMLSelectElement>("filter-kind");
  private readonly confidence = byId<HTMLSelectElement>("filter-confidence");
  private readonly responsible = byId<HTMLSelectElement>("filter-responsible");
  private readonly search = byId<HTMLInputElement>("filter-search");

  constructor(
    private lang: () => Language,
    private readonly onChange: () => void,
  ) {
    const refilter = (): void => this.applyFilters();
    for (const select of [this.year, this.kind, this.confidence, this.responsible]) select.addEventListener("change", refilter);
    this.search.addEventListener("input", refilter);
    byId("tick-shown").addEventListener("click", () => this.setShownIncluded(true));
    byId("untick-shown").addEventListener("click", () => this.setShownIncluded(false));
    this.body.addEventListener("click", (e) => this.onClick(e));
    this.body.addEventListener("keydown", (e) => this.onKeyDown(e));
    this.wrap.addEventListener("scroll", () => this.scheduleRender());
    // The pane's width changes row heights (text wraps differently): render what is now in view.
    new ResizeObserver(() => this.scheduleRender()).observe(this.wrap);
    this.body.replaceChildren(this.topSpacer, this.bottomSpacer);
  }

  /**
   * Shows a newly extracted document. With `keepDecisions` (the same text extracted again, as after a change
   * of the document year) the user's ticks, filters and selected row stay for the targets that still exist.
   */
  setDocument(text: string, result: ExtractionResult, options: { keepDecisions?: boolean } = {}): void {
    const selectedKey = this.selected !== null ? this.keys[this.selected] : null;
    this.text = text;
    this.result = result;
    this.keys = decisionKeys(result.targets);
    this.buildIndexWhenIdle();
    this.measured = new Float32Array(result.targets.length);
    this.measuredSum = 0;
    this.measuredCount = 0;
    this.wrap.scrollTop = 0;
    this.cursor = 0;
    if (options.keepDecisions) {
      const found = selectedKey === null ? -1 : this.keys.indexOf(selectedKey);
      this.selected = found >= 0 ? found : null;
    } else {
      this.decisions.clear();
      this.selected = null;
      for (const control of [this.search, this.year, this.kind, this.confidence, this.responsible]) control.value = "";
    }
    this.refresh();
  }

  /** Shows no document (a newer choice failed: the earlier document's targets must not pass for its own). */
  clear(): void {
    this.text = "";
    this.result = null;
    this.keys = [];
    this.shown = [];
    this.dropIndex();
    this.selected = null;
    this.decisions.clear();
    this.clearRows();
    this.refresh();
  }

  get document(): ExtractionResult | null {
    return this.result;
  }

  /** Ticked targets in document order; `from`: the document's targets as changed since (same order and count). */
  includedTargets(from: readonly Target[] = this.result?.targets ?? []): Target[] {
    return this.result ? from.filter((_, i) => isIncluded(this.result!.targets[i]!, this.keys[i]!, this.decisions)) : [];
  }

  /** Re-renders everything in the current language (after a language switch too). */
  refresh(): void {
    const has = this.result !== null;
    byId("review-empty").hidden = has && this.result!.targets.length > 0;
    setText(byId("review-empty"), translate(this.lang(), has ? "noTargets" : "noDocument"));
    byId("review-body").hidden = !has || this.result!.targets.length === 0;
    this.renderMeta();
    if (!this.result) return;
    this.fillFilters();
    this.applyFilters();
  }

  private renderMeta(): void {
    const meta = byId("doc-meta");
    const doc = this.result?.document;
    meta.hidden = !doc;
    if (!doc) return;
    const lang = this.lang();
    const unknown = translate(lang, "unknownValue");
    setText(meta, translate(lang, "docMeta", { title: doc.title ?? doc.id, issuer: doc.issuer ?? unknown, horizon: doc.horizon ?? unknown }));
  }

  private fillFilters(): void {
    const lang = this.lang();
    const facets = facetsOf(this.result!.targets);
    const all = { value: "", label: translate(lang, "all") };
    const none = { value: NONE, label: translate(lang, "none") };
    fillSelect(this.year, [all, ...facets.years.map((y) => ({ value: String(y), label: String(y) })), ...(facets.hasNoYear ? [none] : [])]);
    fillSelect(this.kind, [all, ...facets.kinds.map((k) => ({ value: k, label: KIND_LABELS[lang][k] }))]);
    fillSelect(this.confidence, [
      all,
      ...(facets.hasLow ? [{ value: "high", label: translate(lang, "confidenceHigh") }, { value: "low", label: translate(lang, "confidenceLow") }] : []),
    ]);
    this.confidence.closest(".field")!.toggleAttribute("hidden", !facets.hasLow);
    fillSelect(this.responsible, [
      all,
      ...facets.responsible.map((u) => ({ value: u, label: u })),
      ...(facets.hasNoResponsible ? [none] : []),
    ]);
  }

  private applyFilters(): void {
    if (!this.result) return;
    const filters: Filters = {
      year: this.year.value,
      kind: this.kind.value as Filters["kind"],
      confidence: this.confidence.value as Filters["confidence"],
      responsible: this.responsible.value,
      search: this.search.value,
    };
    if (filters.search.trim() !== "" && !this.index) {
      this.dropIndex();
      this.index = searchIndex(this.result.targets, this.text);
    }
    this.shown = filterTargets(this.result.targets, filters, this.text, this.index ?? undefined);
    const estimate = this.rowEstimate();
    this.heights = new RowHeights(this.shown.map((i) => this.measured[i] || estimate));
    this.table.setAttribute("aria-rowcount", String(this.shown.length + 1));
    this.clearRows();
    this.cursor = 0;
    this.wrap.scrollTop = 0;
    this.renderWindow();
    this.renderCounts();
    if (this.selected !== null && !this.shown.includes(this.selected)) this.select(null);
    else this.renderSource();
  }

  /** Forgets the search index and stops building it. */
  private dropIndex(): void {
    this.indexJob++;
    this.index = null;
  }

  private buildIndexWhenIdle(): void {
    this.dropIndex();
    const job = this.indexJob;
    const targets = this.result?.targets ?? [];
    const text = this.text;
    const built: string[] = [];
    const slice = (): void => {
      if (job !== this.indexJob) return;
      const end = Math.min(targets.length, built.length + INDEX_SLICE);
      for (let i = built.length; i < end; i++) built.push(searchText(targets[i], text));
      if (built.length < targets.length) setTimeout(slice, 0);
      else this.index = built;
    };
    if (targets.length > 0) setTimeout(slice, 0);
  }

  private rowEstimate(): number {
    return this.measuredCount > 0 ? this.measuredSum / this.measuredCount : DEFAULT_ROW_HEIGHT;
  }

  private clearRows(): void {
    for (const tr of this.rendered.values()) tr.remove();
    this.rendered.clear();
  }

  private scheduleRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.renderWindow();
    });
  }

  /** Puts the rows in view (and a few either side) in the page, measures them, and sizes the spacers. */
  private renderWindow(): void {
    if (!this.result) return;
    const headHeight = this.head.offsetHeight;
    const top = Math.max(0, this.wrap.scrollTop - headHeight);
    // The view is as tall as the wrap may grow (its max-height) even while it still holds few rows.
    const view = Math.max(this.wrap.clientHeight, parseFloat(getComputedStyle(this.wrap).maxHeight) || 0);
    const { start, end } = rowsInView(this.heights, top, view, OVERSCAN);
    // The first row in view and how far into it the view starts: kept in place when heights become known.
    const anchor = this.heights.rowAt(top);
    const into = anchor >= 0 ? top - this.heights.offset(anchor) : 0;

    const hadFocus = this.body.contains(document.activeElement) && document.activeElement !== this.body;
    for (const [pos, tr] of this.rendered) {
      if (pos >= start && pos < end) continue;
      tr.remove();
      this.rendered.delete(pos);
    }
    const lang = this.lang();
    const targets = this.result.targets;
    // Rows kept from the last render form one run; new rows go before or after it without moving it, so the
    // focused row never leaves the page while the user moves through the table.
    let before: Node = this.rendered.size ? this.rendered.get(Math.min(...this.rendered.keys()))! : this.bottomSpacer;
    for (let pos = start; pos < end; pos++) {
      const kept = this.rendered.get(pos);
      if (kept) {
        before = kept.nextSibling!;
        continue;
      }
      const tr = this.row(targets[this.shown[pos]], this.shown[pos], pos, lang);
      this.body.insertBefore(tr, before);
      this.rendered.set(pos, tr);
    }

    let changed = false;
    for (const [pos, tr] of this.rendered) {
      const h = tr.getBoundingClientRect().height;
      if (h <= 0 || h === this.heights.height(pos)) continue;
      const i = this.shown[pos];
      if (this.measured[i] === 0) {
        this.measuredSum += h;
        this.measuredCount++;
      } else this.measuredSum += h - this.measured[i];
      this.measured[i] = h;
      this.heights.set(pos, h);
      changed = true;
    }
    this.topSpacer.hidden = start === 0;
    this.topSpacer.style.height = `${this.heights.offset(start)}px`;
    const below = this.heights.total() - this.heights.offset(end);
    this.bottomSpacer.hidden = below <= 0;
    this.bottomSpacer.style.height = `${below}px`;
    if (changed && anchor > 0) {
      const want = this.heights.offset(anchor) + into + headHeight;
      if (Math.abs(this.wrap.scrollTop - want) >= 1) this.wrap.scrollTop = want;
    }
    this.keepTabStop(hadFocus);
  }

  /** Exactly one rendered row is in the tab order; when the tab stop scrolled out of the page, a row in view takes it. */
  private keepTabStop(hadFocus: boolean): void {
    if (this.rendered.size === 0) return;
    let tr = this.rendered.get(this.cursor);
    if (!tr) {
      const top = Math.max(0, this.wrap.scrollTop - this.head.offsetHeight);
      this.cursor = Math.max(this.heights.rowAt(top), Math.min(...this.rendered.keys()));
      tr = this.rendered.get(this.cursor)!;
    }
    this.setFocusable(tr);
    if (hadFocus && !this.body.contains(document.activeElement)) tr.focus({ preventScroll: true });
  }

  private row(t: Target, index: number, pos: number, lang: Language): HTMLTableRowElement {
    const included = isIncluded(t, this.keys[index], this.decisions);
    const low = isLow(t);
    const box = el("input", {
      type: "checkbox",
      tabindex: -1,
      "aria-label": translate(lang, "includeRow", { indicator: t.indicator }),
    });
    box.checked = included;
    const reason = low ? lowReason(t, lang) : "";
    const shown = valueParts(t, lang);
    // Narrow pane: responsible units (and why a target is unsure) sit under the indicator, the comparison under the value.
    const tr = el(
      "tr",
      {
        "data-index": index,
        "data-pos": pos,
        "aria-rowindex": pos + 2,
        tabindex: pos === this.cursor ? 0 : -1,
        "aria-selected": String(this.selected === index),
        title: reason || undefined,
      },
      el("td", { className: "col-include" }, box),
      el(
        "td",
        { className: "col-indicator" },
        el("span", { className: "indicator" }, low ? el("span", { className: "low-mark" }, translate(lang, "lowMark")) : null, el("span", { className: "name" }, t.indicator)),
        t.responsible.length ? el("span", { className: "units" }, t.responsible.join("、")) : null,
        low ? el("span", { className: "low-reason" }, reason) : null,
      ),
      el("td", { className: "col-value" }, el("span", { className: "value" }, ...spaced(shown.words)), el("span", { className: "comparator" }, shown.comparator)),
      el("td", { className: "num" }, t.year === null ? "" : String(t.year)),
      el("td", { className: "kind" }, KIND_LABELS[lang][kindOf(t)]),
    );
    tr.classList.toggle("excluded", !included);
    tr.classList.toggle("low", low);
    return tr;
  }

  private renderCounts(): void {
    if (!this.result) return;
    const c = countTargets(this.result.targets, this.keys, this.decisions, this.shown.length);
    const key: StringKey = c.low > 0 ? "countsWithLow" : "counts";
    setText(byId("counts"), translate(this.lang(), key, { total: c.high + c.low, high: c.high, low: c.low, shown: c.shown, included: c.included }));
  }

  private rowOf(node: EventTarget | null): HTMLTableRowElement | null {
    return node instanceof Element ? (node.closest("tr[data-index]") as HTMLTableRowElement | null) : null;
  }

  private onClick(e: MouseEvent): void {
    const tr = this.rowOf(e.target);
    if (!tr) return;
    if (e.target instanceof HTMLInputElement && e.target.type === "checkbox") this.toggle(tr, e.target.checked);
    this.cursor = Number(tr.dataset.pos);
    this.setFocusable(tr);
    tr.focus();
    this.select(Number(tr.dataset.index));
  }

  private onKeyDown(e: KeyboardEvent): void {
    const tr = this.rowOf(e.target);
    if (!tr) return;
    const pos = Number(tr.dataset.pos);
    const page = Math.max(1, Math.floor(this.wrap.clientHeight / this.rowEstimate()) - 1);
    switch (e.key) {
      case "ArrowDown":
        this.moveTo(pos + 1);
        break;
      case "ArrowUp":
        this.moveTo(pos - 1);
        break;
      case "PageDown":
        this.moveTo(pos + page);
        break;
      case "PageUp":
        this.moveTo(pos - page);
        break;
      case "Home":
        this.moveTo(0);
        break;
      case "End":
        this.moveTo(this.shown.length - 1);
        break;
      case "Enter":
        this.select(Number(tr.dataset.index));
        break;
      case " ": {
        const box = tr.querySelector<HTMLInputElement>("input[type=checkbox]")!;
        box.checked = !box.checked;
        this.toggle(tr, box.checked);
        this.select(Number(tr.dataset.index));
        break;
      }
      default:
        return;
    }
    e.preventDefault();
  }

  /** Moves the tab stop and focus to a row, scrolling it into view (and into the page) first. */
  private moveTo(pos: number): void {
    if (this.shown.length === 0) return;
    const to = Math.min(this.shown.length - 1, Math.max(0, pos));
    this.cursor = to;
    this.scrollToRow(to);
    this.renderWindow();
    // Its measured height may differ from the estimate it was scrolled by.
    this.scrollToRow(to);
    this.renderWindow();
    const tr = this.rendered.get(to);
    if (!tr) return;
    this.setFocusable(tr);
    tr.focus({ preventScroll: true });
  }

  private scrollToRow(pos: number): void {
    const headHeight = this.head.offsetHeight;
    const view = this.wrap.clientHeight - headHeight;
    const rowTop = this.heights.offset(pos);
    const rowBottom = rowTop + this.heights.height(pos);
    const top = this.wrap.scrollTop;
    if (rowTop < top) this.wrap.scrollTop = rowTop;
    else if (rowBottom > top + view) this.wrap.scrollTop = rowBottom - view;
  }

  /** Roving tab stop: exactly one row is in the tab order. */
  private setFocusable(tr: HTMLTableRowElement): void {
    for (const other of this.body.querySelectorAll('tr[tabindex="0"]')) if (other !== tr) other.setAttribute("tabindex", "-1");
    tr.setAttribute("tabindex", "0");
  }

  private toggle(tr: HTMLTableRowElement, included: boolean): void {
    this.decisions.set(this.keys[Number(tr.dataset.index)], included);
    tr.classList.toggle("excluded", !included);
    this.renderCounts();
    this.onChange();
  }

  private setShownIncluded(included: boolean): void {
    if (!this.result) return;
    for (const i of this.shown) this.decisions.set(this.keys[i], included);
    for (const tr of this.rendered.values()) {
      tr.classList.toggle("excluded", !included);
      tr.querySelector<HTMLInputElement>("input[type=checkbox]")!.checked = included;
    }
    this.renderCounts();
    this.onChange();
  }

  private select(index: number | null): void {
    this.selected = index;
    for (const tr of this.body.querySelectorAll<HTMLTableRowElement>('tr[aria-selected="true"]')) tr.setAttribute("aria-selected", "false");
    if (index !== null) this.body.querySelector(`tr[data-index="${index}"]`)?.setAttribute("aria-selected", "true");
    this.renderSource();
  }

  private renderSource(): void {
    const lang = this.lang();
    const section = byId("source-section");
    const sentence = byId("source-sentence");
    const values = byId("source-values");
    const t = this.selected === null || !this.result ? null : this.result.targets[this.selected];
    // Base (and latest) values the document states, with the sentence each was read from.
    const stated = t ? targetValueSources(t, undefined, { own: this.text }) : [];
    values.hidden = stated.length === 0;
    values.replaceChildren(...stated.map((s) => el("li", {}, valueSourceLine(s, lang))));
    if (!t) {
      setText(section, "");
      setText(sentence, translate(lang, "sourceNone"));
      return;
    }
    const parts = sentenceParts(t, this.text);
    setText(section, t.section.length ? translate(lang, "sectionPath", { path: t.section.join(" › ") }) : "");
    // Text nodes only: the document's own characters can never become markup.
    sentence.replaceChildren(document.createTextNode(parts.before), el("mark", {}, parts.match), document.createTextNode(parts.after));
  }
}

function spacerRow(): HTMLTableRowElement {
  return el("tr", { className: "spacer", "aria-hidden": "true" }, el("td", { colspan: COLUMNS }));
}

/** The reason in the pane's language; one it cannot translate reads as the general doubt, never in English. */
function lowReason(t: Target, lang: Language): string {
  const reason = t.reason ? lowReasonLabel(lang, t.reason) : null;
  return reason ? translate(lang, "lowReason", { reason }) : translate(lang, "lowNoReason");
}

/** Words of a value with a space between them: where a narrow cell may wrap (a number itself never breaks). */
function spaced(words: string[]): (Node | string)[] {
  return words.flatMap((w, i) => [...(i > 0 ? [" "] : []), /\d/.test(w) ? el("span", { className: "nowrap" }, w) : w]);
}
