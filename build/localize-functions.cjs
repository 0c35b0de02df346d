// Webpack plugin: after custom-functions-metadata-plugin has emitted functions.json (English, from the JSDoc),
// emit functions.zh-CN.json with the same ids and Chinese help from src/functions/translations.zh-CN.json.
// Function names stay as in English so formulas read the same in every language; the Chinese name of each
// function leads its description. A function or parameter without a translation, or a translation of
// something that no longer exists, fails the build.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const PLUGIN = "LocalizeFunctionsPlugin";
const TABLE = path.join(__dirname, "..", "src", "functions", "translations.zh-CN.json");

/**
 * Builds the zh-CN metadata from the English metadata and the translation table.
 * Returns { metadata, problems }: problems lists every missing or stale entry, one line each.
 */
function localizeMetadata(english, table) {
  const problems = [];
  const ids = new Set();
  const functions = english.functions.map((fn) => {
    ids.add(fn.id);
    const t = table[fn.id];
    if (!t) {
      problems.push(`${fn.id}: no zh-CN translation`);
      return fn;
    }
    for (const key of ["title", "description"]) {
      if (typeof t[key] !== "string" || t[key].trim() === "") problems.push(`${fn.id}: zh-CN ${key} is missing`);
    }
    const tp = t.parameters || {};
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const stale of Object.keys(tp)) {
      if (!names.has(stale)) problems.push(`${fn.id}: zh-CN translates parameter "${stale}", which no longer exists`);
    }
    const parameters = fn.parameters.map((p) => {
      const tr = tp[p.name];
      if (!tr || !tr.name || !tr.description) {
        problems.push(`${fn.id}: parameter "${p.name}" has no zh-CN name and description`);
        return p;
      }
      return { ...p, name: tr.name, description: tr.description };
    });
    return { ...fn, description: `${t.title}：${t.description}`, parameters };
  });
  for (const stale of Object.keys(table)) {
    if (!ids.has(stale)) problems.push(`${stale}: zh-CN translation of a function that no longer exists`);
  }
  return { metadata: { ...english, functions }, problems };
}

class LocalizeFunctionsPlugin {
  constructor(options = {}) {
    this.source = options.source || "functions.json";
    this.output = options.output || "functions.zh-CN.json";
    this.table = options.table || TABLE;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.fileDependencies.add(this.table);
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset(this.source);
        if (!asset) return; // no functions entry in this build
        try {
          const english = JSON.parse(asset.source.source().toString());
          const table = JSON.parse(fs.readFileSync(this.table, "utf8"));
          const { metadata, problems } = localizeMetadata(english, table);
          for (const p of problems) compilation.errors.push(new WebpackError(`${PLUGIN}: ${p}`));
          compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(metadata, null, 2)));
        } catch (err) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${err && err.message ? err.message : err}`));
        }
      });
    });
  }
}

module.exports = LocalizeFunctionsPlugin;
module.exports.localizeMetadata = localizeMetadata;
