// The review table: filters, counts, tick boxes, keyboard navigation and the source-sentence view.
// Rows are rendered a page at a time so a document with thousands of targets stays responsive.
import type { ExtractionResult, Language, Target } from "../src/core/model";
import { byId, el, fillSelect, setText } from "./dom";
import { COMPARATOR_LABELS, KIND_LABELS, translate } from "./i18n";
import { EMPTY_FILTERS, type Filters, NONE, facetsOf, filterTargets, formatValue, searchIndex, sentenceParts } from "./review-model";

const PAGE_SIZE = 200;

export class ReviewTable {
  private text = "";
  private result: ExtractionResult | null = null;
  private shown: number[] = [];
  private rendered = 0;
  private selected: number | null = null;
  private readonly excluded = new Set<string>();
  private filters: Filters = { ...EMPTY_FILTERS };
  /** Built on the first text search of a document, then reused for every keystroke. */
  private index: string[] | null = null;

  private readonly body = byId<HTMLTableSectionElement>("targets-body");
  private readonly year = byId<HTMLSelectElement>("filter-year");
  private readonly kind = byId<HTMLSelectElement>("filter-kind");
  private readonly responsible = byId<HTMLSelectElement>("filter-responsible");
  private readonly search = byId<HTMLInputElement>("filter-search");
  private readonly showMore = byId<HTMLButtonElement>("show-more");

  constructor(
    private lang: () => Language,
    private readonly onChange: () => void,
  ) {
    const refilter = (): void => this.applyFilters();
    this.year.addEventListener("change", refilter);
    this.kind.addEventListener("change", refilter);
    this.responsible.addEventListener("change", refilter);
    this.search.addEventListener("input", refilter);
    this.showMore.addEventListener("click", () => this.renderMore());
    byId("tick-shown").addEventListener("click", () => this.setShownIncluded(true));
    byId("untick-shown").addEventListener("click", () => this.setShownIncluded(false));
    this.body.addEventListener("click", (e) => this.onClick(e));
    this.body.addEventListener("keydown", (e) => this.onKeyDown(e));
  }

  setDocument(text: string, result: ExtractionResult): void {
    this.text = text;
    this.result = result;
    this.index = null;
    this.excluded.clear();
    this.selected = null;
    this.filters = { ...EMPTY_FILTERS };
    this.search.value = "";
    this.year.value = "";
    this.kind.value = "";
    this.responsible.value = "";
    this.refresh();
  }

  get document(): ExtractionResult | null {
    return this.result;
  }

  /** Ticked targets in document order. */
  includedTargets(): Target[] {
    return this.result ? this.result.targets.filter((t) => !this.excluded.has(t.id)) : [];
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
    fillSelect(this.responsible, [
      all,
      ...facets.responsible.map((u) => ({ value: u, label: u })),
      ...(facets.hasNoResponsible ? [none] : []),
    ]);
  }

  private applyFilters(): void {
    if (!this.result) return;
    this.filters = {
      year: this.year.value,
      kind: this.kind.value as Filters["kind"],
      responsible: this.responsible.value,
      search: this.search.value,
    };
    if (this.filters.search.trim() !== "" && !this.index) this.index = searchIndex(this.result.targets, this.text);
    this.shown = filterTargets(this.result.targets, this.filters, this.text, this.index ?? undefined);
    this.rendered = 0;
    this.body.replaceChildren();
    this.renderMore();
    this.renderCounts();
    if (this.selected !== null && !this.shown.includes(this.selected)) this.select(null);
    else this.renderSource();
  }

  private renderMore(): void {
    const targets = this.result!.targets;
    const lang = this.lang();
    const end = Math.min(this.shown.length, this.rendered + PAGE_SIZE);
    const rows: HTMLTableRowElement[] = [];
    for (let k = this.rendered; k < end; k++) rows.push(this.row(targets[this.shown[k]], this.shown[k], lang));
    this.body.append(...rows);
    if (this.rendered === 0 && rows.length > 0) this.setFocusable(rows[0]);
    this.rendered = end;
    const rest = this.shown.length - this.rendered;
    this.showMore.hidden = rest <= 0;
    setText(this.showMore, translate(lang, "showMore", { n: Math.min(rest, PAGE_SIZE) }));
  }

  private row(t: Target, index: number, lang: Language): HTMLTableRowElement {
    const included = !this.excluded.has(t.id);
    const box = el("input", {
      type: "checkbox",
      tabindex: -1,
      "aria-label": translate(lang, "includeRow", { indicator: t.indicator }),
    });
    box.checked = included;
    // Narrow pane: responsible units sit under the indicator, the comparison under the value.
    const tr = el(
      "tr",
      { "data-index": index, tabindex: -1, "aria-selected": String(this.selected === index) },
      el("td", { className: "col-include" }, box),
      el(
        "td",
        { className: "col-indicator" },
        el("span", { className: "indicator" }, t.indicator),
        t.responsible.length ? el("span", { className: "units" }, t.responsible.join("、")) : null,
      ),
      el("td", { className: "num" }, el("span", { className: "value" }, formatValue(t)), el("span", { className: "comparator" }, COMPARATOR_LABELS[lang][t.comparator])),
      el("td", { className: "num" }, t.year === null ? "" : String(t.year)),
      el("td", { className: "kind" }, KIND_LABELS[lang][t.kind]),
    );
    if (!included) tr.classList.add("excluded");
    return tr;
  }

  private renderCounts(): void {
    const total = this.result?.targets.length ?? 0;
    setText(
      byId("counts"),
      translate(this.lang(), "counts", { total, shown: this.shown.length, included: total - this.excludedCount() }),
    );
  }

  private excludedCount(): number {
    return this.result ? this.result.targets.filter((t) => this.excluded.has(t.id)).length : 0;
  }

  private rowOf(node: EventTarget | null): HTMLTableRowElement | null {
    return node instanceof Element ? (node.closest("tr[data-index]") as HTMLTableRowElement | null) : null;
  }

  private onClick(e: MouseEvent): void {
    const tr = this.rowOf(e.target);
    if (!tr) return;
    if (e.target instanceof HTMLInputElement && e.target.type === "checkbox") this.toggle(tr, e.target.checked);
    this.setFocusable(tr);
    tr.focus();
    this.select(Number(tr.dataset.index));
  }

  private onKeyDown(e: KeyboardEvent): void {
    const tr = this.rowOf(e.target);
    if (!tr) return;
    const move = (to: Element | null): void => {
      if (to instanceof HTMLTableRowElement) {
        this.setFocusable(to);
        to.focus();
      }
    };
    switch (e.key) {
      case "ArrowDown":
        move(tr.nextElementSibling);
        break;
      case "ArrowUp":
        move(tr.previousElementSibling);
        break;
      case "Home":
        move(this.body.firstElementChild);
        break;
      case "End":
        move(this.body.lastElementChild);
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

  /** Roving tab stop: exactly one row is in the tab order. */
  private setFocusable(tr: HTMLTableRowElement): void {
    this.body.querySelector('tr[tabindex="0"]')?.setAttribute("tabindex", "-1");
    tr.setAttribute("tabindex", "0");
  }

  private toggle(tr: HTMLTableRowElement, included: boolean): void {
    const t = this.result!.targets[Number(tr.dataset.index)];
    if (included) this.excluded.delete(t.id);
    else this.excluded.add(t.id);
    tr.classList.toggle("excluded", !included);
    this.renderCounts();
    this.onChange();
  }

  private setShownIncluded(included: boolean): void {
    if (!this.result) return;
    for (const i of this.shown) {
      const id = this.result.targets[i].id;
      if (included) this.excluded.delete(id);
      else this.excluded.add(id);
    }
    for (const tr of this.body.querySelectorAll<HTMLTableRowElement>("tr[data-index]")) {
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
    const t = this.selected === null || !this.result ? null : this.result.targets[this.selected];
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
