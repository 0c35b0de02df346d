// Task pane entry: wires the document source, the extraction worker, the review table, import and settings.
import type { Language } from "../src/core/model";
import { byId, el, fillSelect } from "./dom";
import { DocYearControl, DOC_YEAR_MAX, DOC_YEAR_MIN } from "./doc-year";
import { ExtractClient, ExtractionCancelled, type ExtractOutcome } from "./extract-client";
import { EXTRACT_ERROR_KEYS, ExtractFailed } from "./extract-errors";
import type { ExtractInput } from "./extract-protocol";
import { MAX_FILE_MB, docIdFromName, fileKind } from "./file-kinds";
import { BulletinPanel } from "./bulletin-panel";
import { buildDashboardSheet, documentIdentity, highlightLagging, importToSheet, writeValuesToTable, type DocumentIdentity } from "./excel-actions";
import {
  MAPPING_LABELS,
  type Mapping,
  type MappingKey,
  OPTIONAL_COLUMNS,
  REQUIRED_COLUMNS,
  loadMapping,
  mappingProblem,
  normaliseMapping,
  saveMapping,
  toRendererMapping,
} from "./highlight-mapping";
import { errorMessageKey, watchHost, type HostInfo } from "./host";
import { type StringKey, pickLanguage, translate } from "./i18n";
import { ReviewTable } from "./review-table";
import { type SeedEntry, loadSeedText, loadSeeds } from "./seeds";
import { type PaneSettings, loadSettings, safeLocalStorage, saveSettings, sanitizeSettings } from "./settings";
import { StatusLine } from "./status-line";

interface PaneState {
  host: HostInfo;
  settings: PaneSettings;
  seeds: SeedEntry[];
  busyImport: boolean;
  /** Which document the review table shows (file name or pasted title, and a fingerprint of its text). */
  identity: DocumentIdentity | null;
}

const state: PaneState = {
  host: { inExcel: false, waiting: false, displayLanguage: navigator.language },
  identity: null,
  settings: loadSettings(safeLocalStorage()),
  seeds: [],
  busyImport: false,
};

const lang = (): Language => (state.settings.uiLanguage === "auto" ? pickLanguage(state.host.displayLanguage) : state.settings.uiLanguage);

const client = new ExtractClient();
let table: ReviewTable;
let docYear: DocYearControl;
/** The text and id of the document in the table, to extract it again with another document year. */
let shown: { text: string; docId: string } | null = null;
let extractStatus: StatusLine;
let importStatus: StatusLine;
let highlightStatus: StatusLine;
let bulletins: BulletinPanel;

/** Puts every static string of the page in the current language. */
function applyStrings(): void {
  const l = lang();
  document.documentElement.lang = l;
  for (const node of document.querySelectorAll<HTMLElement>("[data-i18n]")) node.textContent = translate(l, node.dataset.i18n as StringKey);
  for (const node of document.querySelectorAll<HTMLElement>("[data-i18n-placeholder]")) {
    node.setAttribute("placeholder", translate(l, node.dataset.i18nPlaceholder as StringKey));
  }
  for (const node of document.querySelectorAll<HTMLElement>("[data-i18n-aria-label]")) {
    node.setAttribute("aria-label", translate(l, node.dataset.i18nAriaLabel as StringKey));
  }
  fillSelect(byId<HTMLSelectElement>("seed-select"), [
    { value: "", label: translate(l, "seedPlaceholder") },
    ...state.seeds.map((s) => ({ value: s.id, label: s.title })),
  ]);
  extractStatus?.refresh();
  importStatus?.refresh();
  highlightStatus?.refresh();
  table?.refresh();
  docYear?.render();
  bulletins?.render();
  updateActions();
}

function updateActions(): void {
  const inExcel = state.host.inExcel;
  const hasTargets = (table?.document?.targets.length ?? 0) > 0;
  const note = byId("needs-excel");
  note.hidden = inExcel;
  note.textContent = translate(lang(), state.host.waiting ? "waitingForExcel" : "needsExcel");
  byId<HTMLButtonElement>("import-button").disabled = !inExcel || !hasTargets || state.busyImport;
  byId<HTMLButtonElement>("highlight-button").disabled = !inExcel || state.busyImport;
  byId<HTMLButtonElement>("dashboard-button").disabled = !inExcel || state.busyImport;
  bulletins?.updateActions();
}

/** Each choice of document gets a number; a read or extraction overtaken by a newer choice is dropped. */
let latestChoice = 0;

/**
 * Starts a new choice: what is shown no longer counts as the extracted result until the new one lands, and a
 * message about an earlier choice goes.
 */
function newChoice(): number {
  delete document.body.dataset.extracted;
  extractStatus.clear();
  return ++latestChoice;
}

/**
 * A newly chosen document could not be read or extracted: say why in the pane's language and clear the table,
 * so the targets of the document shown before can never pass for the new one's (or be imported as them).
 */
function showFailure(key: StringKey, params: Record<string, string | number>, err?: unknown): void {
  if (err !== undefined) console.warn("Plan Targets:", err);
  extractStatus.show(key, params, "error");
  table.clear();
  docYear.show(null);
  shown = null;
  state.identity = null;
  bulletins.documentChanged(false);
  updateActions();
}

/** Extracts a document; `redate` keeps the user's ticks (the same text again with another document year). */
async function runExtraction(input: ExtractInput, choice: number, redate = false): Promise<void> {
  const spinner = byId("extract-spinner");
  const cancel = byId<HTMLButtonElement>("cancel-extract");
  spinner.hidden = false;
  cancel.hidden = false;
  delete document.body.dataset.extracted;
  if (redate) extractStatus.show("redating", { year: input.docYear ?? "" });
  else extractStatus.show(input.source === "file" ? "reading" : "extracting");
  performance.mark("plan-targets:extract-start");
  try {
    const outcome: ExtractOutcome = await client.run(input, (stage) => extractStatus.show(stage === "reading" ? "reading" : "extracting"));
    if (choice !== latestChoice) return;
    table.setDocument(outcome.text, outcome.result, { keepDecisions: redate });
    docYear.show(outcome.result.document);
    shown = { text: outcome.text, docId: input.docId };
    // Pasted text is known by its title (or content), a file by its name: never two documents in one table. The
    // same text re-dated is still the same document.
    if (!redate) {
      state.identity = documentIdentity({ docId: input.docId, pasted: input.source === "text" }, input.source === "text" ? input.text : outcome.text, outcome.result.document);
    }
    bulletins.documentChanged(redate);
    // A pasted document now lives in the table and its source view; folding the paste box takes its text out of
    // the page's layout, which a multi-megabyte text would otherwise slow at every keystroke. Reopening shows it.
    if (input.source === "text" && !redate) byId<HTMLDetailsElement>("paste-box").open = false;
    performance.mark("plan-targets:table-shown");
    if (redate) extractStatus.show("redateDone", { year: input.docYear ?? "", n: outcome.result.targets.length }, "success");
    else extractStatus.show("extractDone", { n: outcome.result.targets.length, ms: outcome.ms }, "success");
    document.body.dataset.extracted = String(outcome.result.targets.length);
  } catch (err) {
    if (choice !== latestChoice) return;
    if (err instanceof ExtractionCancelled) {
      // Superseded by a newer extraction: that one reports; only a cancel by the user is announced.
      if (!client.busy) extractStatus.show("extractCancelled");
      if (redate) docYear.render();
    } else {
      const key = err instanceof ExtractFailed ? EXTRACT_ERROR_KEYS[err.kind] : "errorExtract";
      const params = { name: input.source === "file" ? input.name : "" };
      // The same text with another year keeps its table; a new document that fails clears it.
      if (redate) {
        console.warn("Plan Targets:", err);
        extractStatus.show(key, params, "error");
        docYear.render();
      } else showFailure(key, params, err);
    }
  } finally {
    if (!client.busy) {
      spinner.hidden = true;
      cancel.hidden = true;
    }
    updateActions();
  }
}

async function onSeedChosen(): Promise<void> {
  const seed = state.seeds.find((s) => s.id === byId<HTMLSelectElement>("seed-select").value);
  if (!seed) return;
  const choice = newChoice();
  byId("file-name").textContent = "";
  try {
    const bytes = await loadSeedText(seed);
    if (choice !== latestChoice) return;
    await runExtraction({ source: "file", name: seed.file, bytes, docId: seed.id }, choice);
  } catch (err) {
    if (choice === latestChoice) showFailure("errorSeedRead", { name: seed.file }, err);
  }
}

async function onFileChosen(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  const choice = newChoice();
  byId("file-name").textContent = file.name;
  // Choosing the same file (or seed) again must start a new extraction.
  input.value = "";
  byId<HTMLSelectElement>("seed-select").value = "";
  if (!fileKind(file.name)) {
    showFailure("errorType", { name: file.name });
    return;
  }
  if (file.size > MAX_FILE_MB * 1024 * 1024) {
    showFailure("errorTooLarge", { name: file.name, mb: (file.size / 1048576).toFixed(1), limit: MAX_FILE_MB });
    return;
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (err) {
    if (choice === latestChoice) showFailure("errorRead", { name: file.name }, err);
    return;
  }
  if (choice !== latestChoice) return;
  await runExtraction({ source: "file", name: file.name, bytes, docId: docIdFromName(file.name) }, choice);
}

async function onPasteExtract(): Promise<void> {
  const text = byId<HTMLTextAreaElement>("paste-text").value;
  if (!text.trim()) {
    extractStatus.show("emptyPaste", {}, "error");
    return;
  }
  const choice = newChoice();
  byId<HTMLSelectElement>("seed-select").value = "";
  byId("file-name").textContent = "";
  await runExtraction({ source: "text", text, docId: "pasted" }, choice);
}

/** The user set another document year: extract the same text again, keeping their ticks. */
async function onDocYear(year: number): Promise<void> {
  if (!shown) return;
  const choice = newChoice();
  await runExtraction({ source: "text", text: shown.text, docId: shown.docId, docYear: year }, choice, true);
}

function importOptions(): {
  language: Language; method: PaneSettings["method"]; tolerance: number; vocabulary: PaneSettings["statusWords"]; identity?: DocumentIdentity;
} {
  const s = state.settings;
  return {
    language: s.headerLanguage, method: s.method, tolerance: s.tolerancePoints / 100, vocabulary: s.statusWords,
    ...(state.identity ? { identity: state.identity } : {}),
  };
}

function setProgress(fraction: number): void {
  const pct = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  byId("import-progress-bar").style.width = `${pct}%`;
  byId("import-progress").setAttribute("aria-valuenow", String(pct));
}

async function withExcelBusy(status: StatusLine, action: () => Promise<void>): Promise<void> {
  state.busyImport = true;
  updateActions();
  try {
    await action();
  } catch (err) {
    const { key, detail } = errorMessageKey(err, lang());
    status.show(key, { message: detail }, "error");
  } finally {
    state.busyImport = false;
    updateActions();
  }
}

async function onImport(): Promise<void> {
  const doc = table.document;
  if (!doc) return;
  // Accepted bulletin values go with their targets into the table's new rows.
  const targets = table.includedTargets(bulletins.withAccepted(doc.targets));
  if (targets.length === 0) {
    importStatus.show("nothingSelected", {}, "error");
    return;
  }
  const progress = byId("import-progress");
  await withExcelBusy(importStatus, async () => {
    progress.hidden = false;
    setProgress(0);
    importStatus.show("importing");
    try {
      const summary = await importToSheet(doc.document, targets, { ...importOptions(), valueTexts: bulletins.valueTexts() }, (fraction) => setProgress(fraction));
      setProgress(1);
      importStatus.show("importSummary", { sheet: summary.sheetName, imported: summary.imported, updated: summary.updated, kept: summary.kept }, "success");
      if (summary.missing > 0) importStatus.append("importSummaryMissing", { missing: summary.missing });
      if (summary.changedWhileImporting > 0) importStatus.append("importSummaryChanged", { changed: summary.changedWhileImporting });
      if (summary.toCheck > 0) importStatus.append("importSummaryCheck", { toCheck: summary.toCheck });
      if (summary.addedColumns.length) importStatus.append("importSummaryColumns", { columns: summary.addedColumns.join(lang() === "zh-CN" ? "、" : ", ") });
    } finally {
      progress.hidden = true;
    }
  });
}

/** Writes the accepted bulletin values into the document's table: empty cells, and the replacements the user chose. */
async function onWriteValues(): Promise<void> {
  const entries = bulletins.entries();
  const identity = state.identity;
  if (entries.length === 0 || !identity) {
    bulletins.writeStatus.show("writeNothing", {}, "error");
    return;
  }
  await withExcelBusy(bulletins.writeStatus, async () => {
    bulletins.writeStatus.show("writing");
    bulletins.showWritten(await writeValuesToTable(entries, { identity, language: state.settings.headerLanguage }));
  });
}

async function onDashboard(): Promise<void> {
  await withExcelBusy(importStatus, async () => {
    const summary = await buildDashboardSheet(state.settings.headerLanguage, state.settings.statusWords);
    importStatus.show("dashboardDone", { sheet: summary.sheetName, documents: summary.documents, indicators: summary.indicators }, "success");
    if (summary.previous !== undefined) importStatus.append("dashboardKept", { sheet: summary.previous });
  });
}

/** Builds the labelled column-letter inputs of the highlight mapping. */
function buildMappingFields(mapping: Mapping): void {
  const keys: MappingKey[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
  byId("mapping-fields").replaceChildren(
    ...keys.map((k) => {
      const input = el("input", {
        id: `map-${k}`,
        type: "text",
        inputmode: "text",
        autocomplete: "off",
        spellcheck: "false",
        maxlength: 3,
        size: 4,
        "aria-required": (REQUIRED_COLUMNS as readonly string[]).includes(k) ? "true" : undefined,
      });
      input.value = mapping[k] ?? "";
      return el("div", { className: "field" }, el("label", { for: `map-${k}`, "data-i18n": MAPPING_LABELS[k] }), input);
    }),
  );
}

function readMapping(): Mapping {
  const raw: Mapping = {};
  for (const k of [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]) raw[k] = byId<HTMLInputElement>(`map-${k}`).value;
  return normaliseMapping(raw);
}

async function onHighlight(): Promise<void> {
  const mapping = readMapping();
  const problem = mappingProblem(mapping);
  if (problem) {
    const field = translate(lang(), MAPPING_LABELS[problem.key]);
    highlightStatus.show(problem.kind === "missing" ? "mappingMissing" : "mappingInvalid", { field, value: mapping[problem.key] ?? "" }, "error");
    byId(`map-${problem.key}`).focus();
    return;
  }
  saveMapping(safeLocalStorage(), mapping);
  await withExcelBusy(highlightStatus, async () => {
    const wholeRow = byId<HTMLInputElement>("highlight-whole-row").checked;
    const result = await highlightLagging(toRendererMapping(mapping), { ...importOptions(), wholeRow });
    highlightStatus.show("highlightDone", { rows: result.rows, address: result.address, column: result.statusColumn }, "success");
  });
}

function bindSettings(): void {
  const method = byId<HTMLSelectElement>("setting-method");
  const tolerance = byId<HTMLInputElement>("setting-tolerance");
  const header = byId<HTMLSelectElement>("setting-header-language");
  const words = byId<HTMLSelectElement>("setting-status-words");
  const ui = byId<HTMLSelectElement>("setting-ui-language");
  method.value = state.settings.method;
  words.value = state.settings.statusWords;
  tolerance.value = String(state.settings.tolerancePoints);
  header.value = state.settings.headerLanguage;
  ui.value = state.settings.uiLanguage;
  const save = (): void => {
    const before = lang();
    const typed = tolerance.value === "" ? NaN : Number(tolerance.value);
    state.settings = sanitizeSettings({
      method: method.value,
      // An invalid tolerance keeps the last valid one (shown again in the field).
      tolerancePoints: sanitizeSettings({ tolerancePoints: typed }).tolerancePoints === typed ? typed : state.settings.tolerancePoints,
      headerLanguage: header.value,
      statusWords: words.value,
      uiLanguage: ui.value,
    });
    saveSettings(safeLocalStorage(), state.settings);
    if (lang() !== before) applyStrings();
  };
  for (const control of [method, header, words, ui]) control.addEventListener("change", save);
  tolerance.addEventListener("change", () => {
    save();
    tolerance.value = String(state.settings.tolerancePoints);
  });
}

async function init(): Promise<void> {
  extractStatus = new StatusLine(byId("extract-message"), lang);
  importStatus = new StatusLine(byId("import-message"), lang);
  highlightStatus = new StatusLine(byId("highlight-message"), lang);
  table = new ReviewTable(lang, updateActions);
  bulletins = new BulletinPanel({
    lang,
    document: () => (table.document && shown ? { result: table.document, text: shown.text } : null),
    canWrite: () => state.host.inExcel && !state.busyImport,
    onWrite: () => void onWriteValues(),
  });
  docYear = new DocYearControl(
    lang,
    (year) => void onDocYear(year),
    (typed) => extractStatus.show("docYearInvalid", { value: typed, min: DOC_YEAR_MIN, max: DOC_YEAR_MAX }, "error"),
  );
  buildMappingFields(loadMapping(safeLocalStorage()));
  applyStrings();
  performance.mark("plan-targets:office-wait");
  // Office may take long to start: the pane works as a preview meanwhile and turns to Excel when Office is ready.
  const host = watchHost((info) => {
    state.host = info;
    document.body.dataset.host = info.waiting ? "waiting" : info.inExcel ? "excel" : "browser";
    applyStrings();
  }).then(() => performance.mark("plan-targets:office-ready"));
  try {
    state.seeds = await loadSeeds();
  } catch (err) {
    console.warn("Plan Targets:", err);
    extractStatus.show("errorSeeds", {}, "error");
  }
  bindSettings();
  applyStrings();

  const fileInput = byId<HTMLInputElement>("file-input");
  byId("seed-select").addEventListener("change", () => void onSeedChosen());
  fileInput.addEventListener("change", () => void onFileChosen(fileInput));
  byId("paste-extract").addEventListener("click", () => void onPasteExtract());
  byId("cancel-extract").addEventListener("click", () => client.cancel());
  byId("import-button").addEventListener("click", () => void onImport());
  byId("highlight-button").addEventListener("click", () => void onHighlight());
  byId("dashboard-button").addEventListener("click", () => void onDashboard());

  await host;
  byId("app").setAttribute("aria-busy", "false");
  document.body.dataset.ready = "true";
  performance.mark("plan-targets:ready");
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void init());
else void init();
