// "Add a statistical bulletin": bulletins from a file or pasted text, read and matched to the document's
// targets in the worker; each proposal beside the plan's sentence, to accept or reject; the accepted values go
// into the document's table (only empty cells; a cell the user filled is replaced only on their choice) or,
// before an import, with the targets into the new table.
import type { ExtractionResult, Language, Target } from "../src/core/model";
import type { ValueConflict, ValueEntry, WriteValuesSummary } from "../src/excel/index";
import type { ValueTexts } from "../src/core/sheet";
import {
  type BulletinInfo, type Decision, type Finding, type Proposal, type Review, acceptSure, acceptedEntries, accepted, conversion, proposalKey,
  reviewCounts, targetSpan, withAccepted,
} from "./bulletin-review";
import { docYearSourceKey, parseDocYear } from "./doc-year";
import { byId, el, setText } from "./dom";
import { ExtractionCancelled } from "./extract-client";
import { EXTRACT_ERROR_KEYS } from "./extract-errors";
import { MAX_FILE_MB, fileKind } from "./file-kinds";
import { type StringKey, translate } from "./i18n";
import { ObserveClient } from "./observe-client";
import type { BulletinInput } from "./observe-protocol";
import { type Span, decisionKeys, formatNumber, sentenceParts } from "./review-model";
import { StatusLine } from "./status-line";

/** A bulletin the pane holds: its text (read once), the year the user gave it, and what was read. */
interface Held {
  name: string;
  text: string;
  year?: number;
  info: BulletinInfo;
}

/** What the last write did with a proposal. */
type Outcome = { state: "written" | "already" | "missing" } | { state: "conflict"; existing: ValueConflict["existing"] };

export interface BulletinPanelHost {
  lang(): Language;
  /** The document in the review table, with its text; null when none. */
  document(): { result: ExtractionResult; text: string } | null;
  /** Excel is there and free: values can be written. */
  canWrite(): boolean;
  /** The user asked to write the accepted values. */
  onWrite(): void;
}

const BULLETIN_YEAR_SOURCE: Record<string, string> = { title: "title", text: "text", "issue date": "date", user: "user" };

export class BulletinPanel {
  private held: Held[] = [];
  /** Bulletins added while a read was running: the next read takes them too. */
  private added: BulletinInput[] = [];
  private review: Review | null = null;
  /** The targets' decision keys (review-model), for the proposals' keys. */
  private keys: string[] = [];
  private readonly decisions = new Map<string, Decision>();
  /** Proposals whose cells the user chose to replace. */
  private readonly replace = new Set<string>();
  private readonly outcomes = new Map<string, Outcome>();
  private readonly client = new ObserveClient();
  private busy = false;
  readonly status: StatusLine;
  readonly writeStatus: StatusLine;

  private readonly body = byId("bulletin-body");
  private readonly list = byId<HTMLUListElement>("bulletin-list");
  private readonly proposalsBox = byId("proposal-box");
  private readonly proposals = byId<HTMLOListElement>("proposal-list");
  private readonly findings = byId<HTMLUListElement>("finding-list");
  private readonly anyRegion = byId<HTMLInputElement>("bulletin-any-region");

  constructor(private readonly host: BulletinPanelHost) {
    this.status = new StatusLine(byId("bulletin-message"), host.lang);
    this.writeStatus = new StatusLine(byId("write-message"), host.lang);
    const file = byId<HTMLInputElement>("bulletin-file");
    file.addEventListener("change", () => void this.addFile(file));
    byId("bulletin-paste-add").addEventListener("click", () => void this.addPaste());
    this.anyRegion.addEventListener("change", () => void this.rematch());
    byId("accept-sure").addEventListener("click", () => this.onAcceptSure());
    byId("write-values").addEventListener("click", () => host.onWrite());
    this.proposals.addEventListener("change", (e) => this.onDecision(e));
    this.list.addEventListener("click", (e) => this.onRemove(e));
    this.list.addEventListener("change", (e) => this.onYear(e));
  }

  /** The review table shows another document, or the same one extracted again (`same`: keep decisions). */
  documentChanged(same: boolean): void {
    const doc = this.host.document();
    this.keys = doc ? decisionKeys(doc.result.targets) : [];
    if (!same) {
      this.decisions.clear();
      this.replace.clear();
      this.writeStatus.clear();
    }
    this.outcomes.clear();
    this.review = null;
    if (doc && this.held.length + this.added.length > 0) void this.rematch();
    else this.render();
  }

  /** The targets with their accepted values (an import takes them into a new table's rows). */
  withAccepted(targets: readonly Target[]): Target[] {
    return this.review ? withAccepted(targets, this.review.proposals, this.keys, this.decisions) : targets.slice();
  }

  /** The document's own text and the bulletins' texts, to quote where values came from. */
  valueTexts(): ValueTexts {
    return { own: this.host.document()?.text, files: new Map(this.held.map((h) => [h.name, h.text])) };
  }

  /** The accepted values to write, with the replacements the user chose. */
  entries(): ValueEntry[] {
    if (!this.review) return [];
    const chosen = new Map<string, ValueConflict["existing"]>();
    for (const key of this.replace) {
      const o = this.outcomes.get(key);
      if (o?.state === "conflict") chosen.set(key, o.existing);
    }
    return acceptedEntries(this.review.proposals, this.keys, this.decisions, this.valueTexts(), chosen);
  }

  /** Shows what a write did: per proposal, and in the status line. */
  showWritten(summary: WriteValuesSummary | null): void {
    if (!summary) {
      this.writeStatus.show("writeNoTable", {}, "error");
      return;
    }
    const byTarget = new Map((this.review ? accepted(this.review.proposals, this.keys, this.decisions) : []).map((p) => [`${p.targetId}|${p.use}`, proposalKey(p, this.keys)]));
    const set = (targetId: string, use: string, o: Outcome): void => {
      const key = byTarget.get(`${targetId}|${use}`);
      if (key) this.outcomes.set(key, o);
    };
    for (const x of [...summary.filled, ...summary.replaced]) set(x.targetId, x.use, { state: "written" });
    for (const x of summary.already) set(x.targetId, x.use, { state: "already" });
    for (const c of summary.conflicts) set(c.targetId, c.use, { state: "conflict", existing: c.existing });
    for (const p of this.review?.proposals ?? []) if (summary.missing.includes(p.targetId)) this.outcomes.set(proposalKey(p, this.keys), { state: "missing" });
    for (const key of [...this.replace]) if (this.outcomes.get(key)?.state !== "conflict") this.replace.delete(key);
    const tone = summary.conflicts.length || summary.missing.length ? "error" : "success";
    this.writeStatus.show("writeDone", { sheet: summary.sheetName, filled: summary.filled.length, replaced: summary.replaced.length, already: summary.already.length }, tone);
    if (summary.conflicts.length) this.writeStatus.append("writeConflicts", { n: summary.conflicts.length });
    if (summary.missing.length) this.writeStatus.append("writeMissing", { n: summary.missing.length });
    if (summary.unmarked) this.writeStatus.append("writeUnmarked");
    this.renderProposals();
  }

  /** Puts everything in the current language. */
  render(): void {
    const doc = this.host.document();
    byId("bulletin-needs-document").hidden = doc !== null;
    this.body.hidden = doc === null;
    this.status.refresh();
    this.writeStatus.refresh();
    this.renderBulletins();
    this.renderProposals();
    this.updateActions();
  }

  updateActions(): void {
    const counts = this.counts();
    byId<HTMLButtonElement>("write-values").disabled = !this.host.canWrite() || this.busy || counts.accepted === 0;
    const sure = byId<HTMLButtonElement>("accept-sure");
    setText(sure, translate(this.host.lang(), "acceptSure", { sure: counts.sure }));
    sure.disabled = this.busy || counts.sure === 0;
  }

  private counts() {
    return reviewCounts(this.review?.proposals ?? [], this.keys, this.decisions);
  }

  // ---- adding and removing bulletins ----

  private async addFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = ""; // the same file again is a new choice
    if (!file) return;
    if (!fileKind(file.name)) return this.status.show("errorType", { name: file.name }, "error");
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      return this.status.show("errorTooLarge", { name: file.name, mb: (file.size / 1048576).toFixed(1), limit: MAX_FILE_MB }, "error");
    }
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch (err) {
      console.warn("Plan Targets:", err);
      return this.status.show("errorRead", { name: file.name }, "error");
    }
    await this.rematch({ name: file.name, bytes });
  }

  private async addPaste(): Promise<void> {
    const area = byId<HTMLTextAreaElement>("bulletin-paste-text");
    if (!area.value.trim()) return this.status.show("bulletinEmptyPaste", {}, "error");
    const added = await this.rematch({ name: null, text: area.value });
    if (added) {
      area.value = "";
      byId<HTMLDetailsElement>("bulletin-paste-box").open = false;
    }
  }

  private onRemove(e: Event): void {
    const button = (e.target as Element).closest<HTMLButtonElement>("button[data-remove]");
    if (!button) return;
    this.held = this.held.filter((h) => h.name !== button.dataset.remove);
    this.outcomes.clear();
    if (this.held.length) void this.rematch();
    else {
      this.review = null;
      this.status.clear();
      this.render();
    }
  }

  private onYear(e: Event): void {
    const input = e.target as HTMLInputElement;
    if (!input.dataset.year) return;
    const year = parseDocYear(input.value);
    const h = this.held.find((x) => x.name === input.dataset.year);
    if (!h || year === null) return;
    h.year = year;
    void this.rematch();
  }

  /** Reads the held bulletins (and `added`) and matches them again; true when it finished. */
  private async rematch(added?: BulletinInput): Promise<boolean> {
    const doc = this.host.document();
    if (added) this.added.push(added);
    if (!doc) return false;
    this.busy = true;
    byId("bulletin-spinner").hidden = false;
    this.status.show("bulletinReading");
    this.updateActions();
    try {
      const held: BulletinInput[] = this.held.map((h) => ({ name: h.name, text: h.text, ...(h.year !== undefined ? { year: h.year } : {}) }));
      const out = await this.client.run({ document: doc.result.document, targets: doc.result.targets, bulletins: [...held, ...this.added], anyRegion: this.anyRegion.checked });
      // Another document was chosen meanwhile: its own match follows.
      if (this.host.document()?.result !== doc.result) return false;
      this.added = [];
      const years = new Map(this.held.map((h) => [h.name, h.year]));
      this.held = out.bulletins.flatMap((b) => (b.ok ? [{ name: b.info.name, text: b.text, info: b.info, ...(years.get(b.info.name) !== undefined ? { year: years.get(b.info.name)! } : {}) }] : []));
      this.review = out.review;
      const failed = out.bulletins.find((b) => !b.ok);
      if (failed && !failed.ok) this.status.show(EXTRACT_ERROR_KEYS[failed.kind], { name: failed.name }, "error");
      else this.status.show("bulletinDone", { n: this.held.length, proposals: out.review.proposals.length, findings: out.review.findings.length }, "success");
      return failed === undefined;
    } catch (err) {
      if (err instanceof ExtractionCancelled) return false;
      console.warn("Plan Targets:", err);
      this.status.show("bulletinFailed", { message: err instanceof Error ? err.message : String(err) }, "error");
      return false;
    } finally {
      this.busy = false;
      byId("bulletin-spinner").hidden = true;
      this.render();
    }
  }

  // ---- decisions ----

  private onAcceptSure(): void {
    if (!this.review) return;
    acceptSure(this.review.proposals, this.keys, this.decisions);
    this.renderProposals();
    this.updateActions();
  }

  private onDecision(e: Event): void {
    const input = e.target as HTMLInputElement;
    const key = input.closest<HTMLElement>("li[data-key]")?.dataset.key;
    if (!key) return;
    if (input.type === "radio") {
      this.decisions.set(key, input.value as Decision);
      if (input.value === "reject") this.replace.delete(key);
      input.closest("li")!.setAttribute("data-decision", input.value);
    } else if (input.classList.contains("replace")) {
      if (input.checked) this.replace.add(key);
      else this.replace.delete(key);
    }
    this.renderCounts();
    this.updateActions();
  }

  // ---- rendering ----

  private renderBulletins(): void {
    const lang = this.host.lang();
    this.list.replaceChildren(
      ...this.held.map((h) => {
        const i = h.info;
        const year = i.year === null ? null : translate(lang, "bulletinYearFrom", { year: i.year, source: translate(lang, docYearSourceKey({ docYear: i.year, docYearSource: BULLETIN_YEAR_SOURCE[i.yearSource ?? ""] ?? "" })) });
        const facts = year === null ? null : translate(lang, "bulletinInfo", { year, region: i.region ?? translate(lang, "unknownValue"), observations: i.observations });
        return el(
          "li",
          { className: "bulletin", "data-name": h.name },
          el("span", { className: "bulletin-name" }, h.name),
          i.title && i.title !== h.name ? el("span", { className: "bulletin-title" }, i.title) : null,
          facts ? el("span", { className: "bulletin-facts" }, facts) : this.yearField(h, lang),
          el("button", { type: "button", className: "button subtle", "data-remove": h.name, "aria-label": translate(lang, "bulletinRemoveLabel", { name: h.name }) }, translate(lang, "bulletinRemove")),
        );
      }),
    );
  }

  private yearField(h: Held, lang: Language): HTMLElement {
    const id = `bulletin-year-${this.held.indexOf(h)}`;
    return el(
      "span",
      { className: "bulletin-no-year" },
      el("label", { for: id }, translate(lang, "bulletinNoYear")),
      el("input", { id, type: "number", min: 1949, max: 2100, step: 1, inputmode: "numeric", "data-year": h.name, "aria-label": translate(lang, "bulletinYearLabel", { name: h.name }) }),
    );
  }

  private renderCounts(): void {
    const c = this.counts();
    setText(byId("proposal-counts"), translate(this.host.lang(), "proposalCounts", { proposals: c.proposals, accepted: c.accepted, rejected: c.rejected, undecided: c.undecided }));
  }

  private renderProposals(): void {
    const doc = this.host.document();
    const review = this.review;
    this.proposalsBox.hidden = !doc || !review;
    if (!doc || !review) return;
    const lang = this.host.lang();
    this.renderCounts();
    this.proposals.replaceChildren(...review.proposals.map((p) => this.card(p, doc.result.targets[p.targetIndex]!, doc.text, lang)));
    const box = byId<HTMLDetailsElement>("finding-box");
    box.hidden = review.findings.length === 0;
    setText(byId("finding-summary"), translate(lang, "findingsSummary", { n: review.findings.length }));
    this.findings.replaceChildren(...review.findings.map((f) => this.finding(f, doc.result, lang)));
  }

  private textOf(file: string): string {
    return this.held.find((h) => h.name === file)?.text ?? "";
  }

  private card(p: Proposal, t: Target, planText: string, lang: Language): HTMLLIElement {
    const key = proposalKey(p, this.keys);
    const decision = this.decisions.get(key);
    const bulletin = this.textOf(p.file);
    const column = translate(lang, p.use === "base" ? "columnBase" : "columnLatest");
    const converted = conversion(p);
    const names = { target: t.indicator, observed: p.observed.indicator };
    const reasonKey: StringKey = p.nameReason === "same" ? "reasonSame" : p.nameReason === "synonym" ? "reasonSynonym" : "reasonNeutral";
    const radio = (value: Decision, label: StringKey): HTMLLabelElement => {
      const input = el("input", { type: "radio", name: `decision-${key}`, value });
      input.checked = decision === value;
      return el("label", { className: `choice ${value}` }, input, translate(lang, label));
    };
    const outcome = this.outcomes.get(key);
    return el(
      "li",
      { className: "proposal", "data-key": key, "data-decision": decision ?? "", "data-outcome": outcome?.state ?? "", "data-sure": String(p.sure) },
      el("div", { className: "proposal-head" }, el("span", { className: "indicator" }, t.indicator), el("span", { className: "fills" }, translate(lang, "proposalFills", { column, year: p.year }))),
      el(
        "div",
        { className: "side-by-side" },
        quoteBox(translate(lang, "proposalPlan"), planText, targetSpan(t, planText), "plan"),
        p.averaged
          ? // every sentence the average is made of, each under its bulletin and year
            el("div", { className: "quotes" }, ...p.averaged.map((r) => quoteBox(`${r.file} · ${translate(lang, "yearValue", { year: r.year, value: amount(r.value, p.unit) })}`, this.textOf(r.file), r.span, "bulletin")))
          : quoteBox(p.file, bulletin, p.span, "bulletin"),
      ),
      el("p", { className: "proposal-value" }, translate(lang, "proposalValue", { value: amount(p.value, p.unit) }), converted ? ` · ${translate(lang, "proposalConversion", converted)}` : null),
      p.averagesFrom !== undefined || p.averaged
        ? el("p", { className: "proposal-average" }, translate(lang, p.averaged ? "proposalAverage" : "proposalRateSince", { from: p.averagesFrom ?? t.baseYear ?? "", years: p.averaged?.length ?? 1 }))
        : null,
      el("p", { className: "proposal-match", title: p.reason }, translate(lang, "proposalScore", { score: p.score.toFixed(2), reason: translate(lang, reasonKey, names) })),
      el(
        "div",
        { className: "decision", role: "radiogroup", "aria-label": translate(lang, "decisionLabel", { indicator: t.indicator, column }) },
        radio("accept", "accept"),
        radio("reject", "reject"),
      ),
      outcome ? this.outcomeLine(outcome, p, key, lang) : null,
    );
  }

  private outcomeLine(o: Outcome, p: Proposal, key: string, lang: Language): HTMLElement {
    if (o.state !== "conflict") {
      const text: StringKey = o.state === "written" ? "proposalWritten" : o.state === "already" ? "proposalAlready" : "proposalMissing";
      return el("p", { className: `outcome ${o.state}` }, translate(lang, text));
    }
    const empty = (v: unknown): boolean => v === "" || v === null || v === undefined;
    const shown = (v: unknown): string => (empty(v) ? translate(lang, "cellEmpty") : typeof v === "number" ? formatNumber(v) : String(v));
    const cell = (year: unknown, value: unknown): string => (empty(year) ? shown(value) : translate(lang, "yearValue", { year: shown(year), value: shown(value) }));
    const box = el("input", { type: "checkbox", className: "replace" });
    box.checked = this.replace.has(key);
    return el(
      "div",
      { className: "outcome conflict" },
      el("p", {}, translate(lang, "conflictShown", { existing: cell(o.existing.year, o.existing.value), proposed: cell(p.year, amount(p.value, p.unit)) })),
      el("label", { className: "check" }, box, el("span", {}, translate(lang, "conflictReplace"))),
    );
  }

  private finding(f: Finding, result: ExtractionResult, lang: Language): HTMLLIElement {
    const t = result.targets[f.targetIndex]!;
    const column = f.use === null ? null : translate(lang, f.use === "base" ? "columnBase" : "columnLatest");
    const sep = lang === "zh-CN" ? "；" : "; ";
    const values = f.candidates.map((c) => `${c.indicator} ${amount(c.value, c.unit)}`).join(sep);
    const what = translate(lang, t.kind === "growth" ? "whatGrowth" : "whatLevel");
    const bulletinRegion = this.held.find((h) => h.name === f.file)?.info.region ?? translate(lang, "unknownValue");
    const params: Record<string, string | number> = {
      n: f.candidates.length, values, year: f.year ?? "", what, bulletin: bulletinRegion, plan: result.document.region ?? translate(lang, "unknownValue"),
      found: f.found === undefined ? "" : amount(f.found, t.unit), stated: f.stated === undefined ? "" : amount(f.stated, t.unit), reason: f.reason,
    };
    const text = translate(lang, FINDING_KEYS[f.kind], params);
    const closest = f.kind === "unmatched" && f.candidates[0] ? translate(lang, "findingClosest", { indicator: f.candidates[0].indicator, score: f.candidates[0].score.toFixed(2) }) : null;
    return el(
      "li",
      { className: `finding ${f.kind}`, title: f.reason || undefined },
      el("span", { className: "indicator" }, t.indicator),
      column ? el("span", { className: "fills" }, column) : null,
      el("span", { className: "why" }, closest ? `${text}${sep}${closest}` : text),
    );
  }
}

const FINDING_KEYS: Record<Finding["kind"], StringKey> = {
  ambiguous: "findingAmbiguous",
  unmatched: "findingUnmatched",
  cumulative: "findingCumulative",
  incrementBase: "findingIncrementBase",
  region: "findingRegion",
  growthBase: "findingGrowthBase",
  planStated: "findingPlanStated",
  noBulletin: "findingNoBulletin",
  other: "findingOther",
};

const amount = (v: number, unit: string): string => `${formatNumber(v)}${unit ? ` ${unit}` : ""}`;

/** One side of a proposal: where the sentence is from, and the sentence with its number marked. */
function quoteBox(caption: string, text: string, span: Span, side: "plan" | "bulletin"): HTMLElement {
  const parts = sentenceParts(span, text);
  return el(
    "figure",
    { className: `quote ${side}` },
    el("figcaption", {}, caption),
    // Text nodes only: the documents' own characters never become markup.
    el("p", { className: "sentence" }, parts.before, el("mark", {}, parts.match), parts.after),
  );
}
