// Offline checker for manifest.xml: well-formed XML, required elements in schema order, every resid
// resolving to a resource of the right kind, https URLs under the add-in's base URL only, unique ids, consistent
// localisation, and the shared-runtime wiring of the task pane and the custom functions.
// CLI: tsx scripts/validate-manifest.ts MANIFEST... [--dist dist] [--base URL] [--online]
//   checks each manifest, prints one line per problem and exits 1 when there is any; --base is where the
//   add-in must be served (default: the folder of each manifest's task pane page); --online also runs
//   Microsoft's office-addin-manifest validator (needs the network).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { XmlError, allElements, childrenNamed, find, localName, parseXml, type XmlElement } from "./manifest-xml";

export interface ValidateOptions {
  /** Project folder: <base>assets/… URLs must name PNG files under <root>/assets. */
  root?: string;
  /** Build output: when given, every URL under the base must name a file in it. */
  dist?: string;
  /**
   * Where the add-in is served (a folder URL ending in "/"): every URL but Office's own must lie under it.
   * Default: the folder of the task pane page (DefaultSettings), so the manifest is at least consistent.
   */
  base?: string;
}

const DEV_BASE_URL = "https://localhost:3000/";
const OFFICE_HOSTS = /(^|\.)(microsoft\.com|office\.com|office\.net|officeapps\.live\.com)$/;

// OfficeApp children in the order the schema's sequence requires (optional ones may be absent).
const TOP_LEVEL_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "AllowSnapshot", "VersionOverrides",
];
const REQUIRED_TOP_LEVEL = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "Hosts", "DefaultSettings", "Permissions", "VersionOverrides"];

type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";

interface Resource {
  id: string;
  kind: ResourceKind;
  element: XmlElement;
}

/** Which resource kind a resid on an element must name, from the element's name and place. */
function expectedKind(e: XmlElement): ResourceKind[] {
  const name = localName(e);
  const parent = e.parent ? localName(e.parent) : "";
  switch (name) {
    case "Image":
      return ["Image"];
    case "SourceLocation":
    case "Runtime":
    case "FunctionFile":
    case "LearnMoreUrl":
      return ["Url"];
    case "Label":
    case "Namespace":
      return ["ShortString"];
    case "Title":
      return ["ShortString"];
    case "Description":
      return parent === "Supertip" || parent === "GetStarted" ? ["LongString"] : ["ShortString", "LongString"];
    default:
      return ["Image", "Url", "ShortString", "LongString"];
  }
}

function pngSize(buf: Buffer): [number, number] | null {
  const sig = "89504e470d0a1a0a";
  if (buf.length < 24 || buf.subarray(0, 8).toString("hex") !== sig || buf.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

/** Checks manifest text; returns one line per problem (empty when the manifest passes). */
export function validateManifest(xml: string, options: ValidateOptions = {}): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [e instanceof XmlError ? `not well-formed XML: ${e.message}` : String(e)];
  }
  const problems: string[] = [];
  const at = (e: XmlElement, msg: string): void => {
    problems.push(`line ${e.line}: ${msg}`);
  };
  const elements = allElements(root);

  // ---- root and required elements -------------------------------------------------------------------
  if (localName(root) !== "OfficeApp") return [`root element is <${root.name}>, expected <OfficeApp>`];
  if (root.attributes["xmlns"] !== "http://schemas.microsoft.com/office/appforoffice/1.1") at(root, "OfficeApp needs xmlns=\"http://schemas.microsoft.com/office/appforoffice/1.1\"");
  if (root.attributes["xsi:type"] !== "TaskPaneApp") at(root, `OfficeApp xsi:type is "${root.attributes["xsi:type"] ?? ""}", expected "TaskPaneApp"`);
  for (const req of REQUIRED_TOP_LEVEL) if (childrenNamed(root, req).length === 0) at(root, `missing required element <${req}>`);
  let lastIndex = -1;
  for (const c of root.children) {
    const idx = TOP_LEVEL_ORDER.indexOf(localName(c));
    if (idx === -1) continue;
    if (idx < lastIndex) at(c, `<${c.name}> is out of the schema's order (expected before <${TOP_LEVEL_ORDER[lastIndex]}>)`);
    lastIndex = Math.max(lastIndex, idx);
    if (childrenNamed(root, localName(c)).length > 1) at(c, `<${c.name}> appears more than once`);
  }
  const text = (name: string): string => find(root, name)?.text.trim() ?? "";
  if (find(root, "Id") && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id"))) at(find(root, "Id")!, "Id must be a GUID");
  if (find(root, "Version") && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version"))) at(find(root, "Version")!, "Version must look like 1.0.0.0");
  if (find(root, "DefaultLocale") && !/^[a-z]{2,3}-[A-Z]{2}$/.test(text("DefaultLocale"))) at(find(root, "DefaultLocale")!, "DefaultLocale must look like en-US");
  if (find(root, "Permissions") && text("Permissions") !== "ReadWriteDocument") at(find(root, "Permissions")!, `Permissions is "${text("Permissions")}", expected ReadWriteDocument`);
  const hosts = find(root, "Hosts");
  if (hosts && !childrenNamed(hosts, "Host").some((h) => h.attributes["Name"] === "Workbook")) at(hosts, "Hosts must include <Host Name=\"Workbook\"/>");
  for (const [name, max] of [["DisplayName", 125], ["Description", 250]] as const) {
    const e = find(root, name);
    if (!e) continue;
    const v = e.attributes["DefaultValue"] ?? "";
    if (v.trim() === "") at(e, `${name} needs a DefaultValue`);
    for (const o of [e, ...childrenNamed(e, "Override")]) {
      const s = o.attributes["DefaultValue"] ?? o.attributes["Value"] ?? "";
      if (s.length > max) at(o, `${name} is ${s.length} characters; the limit is ${max}`);
    }
  }

  // ---- resources --------------------------------------------------------------------------------------
  const resources = new Map<string, Resource>();
  const resourcesEl = find(root, "VersionOverrides", "Resources");
  if (!resourcesEl) problems.push("missing <VersionOverrides><Resources>");
  const collections: [string, string, ResourceKind, number][] = [
    ["Images", "Image", "Image", 2048], ["Urls", "Url", "Url", 2048],
    ["ShortStrings", "String", "ShortString", 125], ["LongStrings", "String", "LongString", 250],
  ];
  for (const [group, item, kind, max] of collections) {
    const g = resourcesEl ? childrenNamed(resourcesEl, group)[0] : undefined;
    for (const e of g ? childrenNamed(g, item) : []) {
      const id = e.attributes["id"] ?? "";
      if (id === "") at(e, `a bt:${item} has no id`);
      else if (resources.has(id)) at(e, `resource id "${id}" is used twice`);
      else resources.set(id, { id, kind, element: e });
      if (id.length > 32) at(e, `resource id "${id}" is longer than 32 characters`);
      if ((e.attributes["DefaultValue"] ?? "") === "") at(e, `resource "${id}" has no DefaultValue`);
      for (const v of [e, ...childrenNamed(e, "Override")]) {
        const s = v.attributes["DefaultValue"] ?? v.attributes["Value"] ?? "";
        if (s.length > max) at(v, `resource "${id}" is ${s.length} characters; the limit is ${max}`);
      }
    }
  }

  // ---- every resid resolves to a resource of the right kind -----------------------------------------
  for (const e of elements) {
    const resid = e.attributes["resid"];
    if (resid === undefined) continue;
    const r = resources.get(resid);
    if (!r) {
      at(e, `resid "${resid}" on <${e.name}> names no bt:Image, bt:Url or bt:String`);
      continue;
    }
    const want = expectedKind(e);
    if (!want.includes(r.kind)) at(e, `resid "${resid}" on <${e.name}> names a ${r.kind}, expected ${want.join(" or ")}`);
  }

  // ---- https URLs under the base URL ----------------------------------------------------------------
  const pane = find(root, "DefaultSettings", "SourceLocation")?.attributes["DefaultValue"];
  const base = new URL(options.base ?? (pane && URL.canParse(pane) ? new URL(".", pane).href : DEV_BASE_URL));
  const urls: [XmlElement, string][] = [];
  for (const e of elements) {
    const n = localName(e);
    const isUrlHolder = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(n)
      || (n === "Image" && e.parent && localName(e.parent) === "Images") || (n === "Url" && e.parent && localName(e.parent) === "Urls")
      || (n === "Override" && e.parent && ["Image", "Url", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(localName(e.parent)));
    if (isUrlHolder) {
      for (const a of ["DefaultValue", "Value"]) if (e.attributes[a] !== undefined) urls.push([e, e.attributes[a]!]);
    }
    if (n === "AppDomain") urls.push([e, e.text.trim()]);
    for (const v of Object.values(e.attributes)) {
      if (/^http:\/\//i.test(v) && !v.startsWith("http://schemas.microsoft.com/") && !v.startsWith("http://www.w3.org/")) at(e, `"${v}" is not https`);
    }
  }
  for (const [e, u] of urls) {
    let url: URL;
    try {
      url = new URL(u);
    } catch {
      at(e, `"${u}" is not a URL`);
      continue;
    }
    if (url.protocol !== "https:") at(e, `"${u}" is not https`);
    else if (OFFICE_HOSTS.test(url.hostname) && url.host !== base.host) continue;
    else if (url.host !== base.host) at(e, `"${u}" uses host ${url.host}; allowed: ${base.host} and Office's own`);
    else if (localName(e) !== "AppDomain" && !url.href.startsWith(base.href)) at(e, `"${u}" is not under the add-in's base URL ${base.href}`);
  }

  // ---- unique ids of commands -----------------------------------------------------------------------
  const seen = new Map<string, XmlElement>();
  for (const e of elements) {
    const n = localName(e);
    if (!["Group", "Control", "CustomTab", "Menu", "Item"].includes(n)) continue;
    const id = e.attributes["id"];
    if (!id) at(e, `<${e.name}> has no id`);
    else if (seen.has(id)) at(e, `id "${id}" is also used on line ${seen.get(id)!.line}`);
    else seen.set(id, e);
    if (id && id.length > 125) at(e, `id "${id}" is longer than 125 characters`);
  }

  // ---- icons ------------------------------------------------------------------------------------------
  for (const icon of elements.filter((e) => localName(e) === "Icon")) {
    const sizes = childrenNamed(icon, "Image").map((i) => i.attributes["size"]);
    for (const s of ["16", "32", "80"]) if (!sizes.includes(s)) at(icon, `<Icon> lacks a ${s}px image`);
  }

  // ---- shared runtime wiring --------------------------------------------------------------------------
  const host = elements.find((e) => localName(e) === "Host" && e.attributes["xsi:type"] === "Workbook");
  if (!host) problems.push("VersionOverrides has no <Host xsi:type=\"Workbook\">");
  const runtimes = host ? childrenNamed(host, "Runtimes")[0] : undefined;
  const runtime = runtimes ? childrenNamed(runtimes, "Runtime")[0] : undefined;
  if (host && runtimes && host.children[0] !== runtimes) at(runtimes, "<Runtimes> must be the first child of <Host>");
  const sets = elements.filter((e) => localName(e) === "Set").map((e) => e.attributes["Name"]);
  if (!sets.includes("SharedRuntime")) problems.push("Requirements lack <Set Name=\"SharedRuntime\" MinVersion=\"1.1\"/>");
  if (!runtime) {
    problems.push("no <Runtimes><Runtime> in the Workbook host: the task pane and the functions would not share a runtime");
  } else {
    const R = runtime.attributes["resid"] ?? "";
    if (runtime.attributes["lifetime"] !== "long") at(runtime, "the shared Runtime needs lifetime=\"long\"");
    const cf = elements.find((e) => localName(e) === "ExtensionPoint" && e.attributes["xsi:type"] === "CustomFunctions");
    if (!cf) {
      problems.push("no CustomFunctions extension point");
    } else {
      const page = find(cf, "Page", "SourceLocation");
      const script = find(cf, "Script", "SourceLocation");
      const meta = find(cf, "Metadata", "SourceLocation");
      const ns = find(cf, "Namespace");
      if (!page) at(cf, "CustomFunctions needs <Page><SourceLocation>");
      else if (page.attributes["resid"] !== R) at(page, `custom functions page "${page.attributes["resid"]}" is not the shared runtime "${R}"`);
      if (!script) at(cf, "CustomFunctions needs <Script><SourceLocation>");
      if (!meta) {
        at(cf, "CustomFunctions needs <Metadata><SourceLocation>");
      } else {
        const m = resources.get(meta.attributes["resid"] ?? "");
        const v = m?.element.attributes["DefaultValue"] ?? "";
        if (m && !/\.json$/i.test(v)) at(meta, `functions metadata URL "${v}" does not name a .json file`);
      }
      const nsRes = ns ? resources.get(ns.attributes["resid"] ?? "") : undefined;
      if (!ns) at(cf, "CustomFunctions needs <Namespace>");
      else if (nsRes && !/^[A-Za-z][A-Za-z0-9]*$/.test(nsRes.element.attributes["DefaultValue"] ?? "")) at(ns, "the functions namespace must be letters and digits");
      else if (nsRes && childrenNamed(nsRes.element, "Override").length > 0) at(nsRes.element, "the functions namespace must not be localised (formulas must read the same everywhere)");
    }
    for (const a of elements.filter((e) => localName(e) === "Action" && e.attributes["xsi:type"] === "ShowTaskpane")) {
      const loc = find(a, "SourceLocation");
      if (!loc || loc.attributes["resid"] !== R) at(a, `ShowTaskpane opens "${loc?.attributes["resid"] ?? "nothing"}", not the shared runtime "${R}"`);
      if (!find(a, "TaskpaneId")) at(a, "ShowTaskpane needs a <TaskpaneId> (a shared runtime supports one task pane)");
    }
    const ff = elements.find((e) => localName(e) === "FunctionFile");
    if (ff && ff.attributes["resid"] !== R) at(ff, `FunctionFile "${ff.attributes["resid"]}" is not the shared runtime "${R}"`);
    const ds = find(root, "DefaultSettings", "SourceLocation")?.attributes["DefaultValue"];
    const rUrl = resources.get(R)?.element.attributes["DefaultValue"];
    if (ds && rUrl && ds !== rUrl) problems.push(`DefaultSettings opens ${ds}, but the shared runtime is ${rUrl}`);
  }
  const showTaskpane = elements.some((e) => localName(e) === "Action" && e.attributes["xsi:type"] === "ShowTaskpane");
  if (!showTaskpane) problems.push("no ribbon button opens the task pane (Action xsi:type=\"ShowTaskpane\")");
  if (!elements.some((e) => localName(e) === "OfficeTab" && e.attributes["id"] === "TabHome")) problems.push("no group on the Home tab (OfficeTab id=\"TabHome\")");

  // ---- consistent localisation --------------------------------------------------------------------------
  const locales = new Set(elements.filter((e) => localName(e) === "Override").map((e) => e.attributes["Locale"] ?? ""));
  for (const l of locales) if (!/^[a-z]{2,3}-[A-Z]{2}$/.test(l)) problems.push(`Override Locale "${l}" must look like zh-CN`);
  const nsId = find(elements.find((e) => e.attributes["xsi:type"] === "CustomFunctions") ?? root, "Namespace")?.attributes["resid"];
  const needsOverride: XmlElement[] = [
    ...[find(root, "DisplayName"), find(root, "Description")].filter((e): e is XmlElement => e !== null),
    ...[...resources.values()].filter((r) => (r.kind === "ShortString" || r.kind === "LongString") && r.id !== nsId).map((r) => r.element),
  ];
  const metaId = find(elements.find((e) => e.attributes["xsi:type"] === "CustomFunctions") ?? root, "Metadata", "SourceLocation")?.attributes["resid"];
  const metaRes = metaId ? resources.get(metaId) : undefined;
  if (metaRes) needsOverride.push(metaRes.element);
  for (const l of locales) {
    for (const e of needsOverride) {
      if (!childrenNamed(e, "Override").some((o) => o.attributes["Locale"] === l)) {
        at(e, `${e.attributes["id"] ?? e.name} has no ${l} override, though other strings have one`);
      }
    }
  }

  // ---- files behind the URLs ---------------------------------------------------------------------------
  if (options.root || options.dist) {
    for (const [e, u] of urls) {
      if (!u.startsWith(base.href)) continue;
      const rel = decodeURIComponent(new URL(u).pathname.slice(base.pathname.length));
      if (rel === "") continue;
      if (options.root && rel.startsWith("assets/")) {
        const file = path.join(options.root, rel);
        if (!existsSync(file)) {
          at(e, `${u} names ${rel}, which does not exist`);
          continue;
        }
        const size = pngSize(readFileSync(file));
        const want = e.attributes["size"] ?? /icon-(\d+)\.png$/.exec(rel)?.[1];
        if (!size) at(e, `${rel} is not a PNG`);
        else if (want && (size[0] !== Number(want) || size[1] !== Number(want))) at(e, `${rel} is ${size[0]}×${size[1]}, expected ${want}×${want}`);
      }
      if (options.dist && !existsSync(path.join(options.dist, rel))) at(e, `${u}: the build output has no ${rel}`);
    }
  }
  return problems;
}

function main(argv: string[]): number {
  const args = argv.slice(2);
  const online = args.includes("--online");
  const valueOf = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const dist = valueOf("--dist");
  const base = valueOf("--base");
  const files = args.filter((a, i) => !a.startsWith("--") && !["--dist", "--base"].includes(args[i - 1] ?? ""));
  if (base !== undefined && !URL.canParse(base)) {
    console.error(`--base ${base}: not a URL`);
    return 2;
  }
  let status = 0;
  for (const file of files.length > 0 ? files : ["manifest.xml"]) {
    if (!existsSync(file)) {
      console.error(`${file}: no such file`);
      return 2;
    }
    const problems = validateManifest(readFileSync(file, "utf8"), { root: path.dirname(path.resolve(file)), dist, base });
    for (const p of problems) console.log(`${file}: ${p}`);
    if (problems.length === 0) console.log(`${file}: offline checks passed`);
    else status = 1;
    if (online) {
      // Microsoft's validator posts the manifest to an online service; it fails without a network.
      const r = spawnSync("npx", ["--no-install", "office-addin-manifest", "validate", file], { stdio: "inherit" });
      if (r.status !== 0) status = 1;
    }
  }
  return status;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv);
}
