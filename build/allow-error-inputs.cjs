// Webpack plugin: sets allowErrorForDataTypeAny in functions.json, which JSDoc-generated metadata cannot express.
// Without it Excel never calls a function whose input range holds an error value (one #N/A among 500 rows
// fails the whole spill); with it every `any` parameter receives error values and the PLAN functions answer
// them cell by cell (src/functions/cells.ts). Runs before the zh-CN metadata is derived, so both carry it.
"use strict";

const PLUGIN = "AllowErrorInputsPlugin";

/** The metadata with error inputs allowed (a top-level property of the custom functions metadata). */
function allowErrorInputs(metadata) {
  return { allowErrorForDataTypeAny: true, ...metadata };
}

class AllowErrorInputsPlugin {
  constructor(options = {}) {
    this.asset = options.asset || "functions.json";
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_PRE_PROCESS }, () => {
        const asset = compilation.getAsset(this.asset);
        if (!asset) return; // no functions entry in this build
        try {
          const metadata = JSON.parse(asset.source.source().toString());
          compilation.updateAsset(this.asset, new sources.RawSource(JSON.stringify(allowErrorInputs(metadata), null, 2)));
        } catch (err) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${err && err.message ? err.message : err}`));
        }
      });
    });
  }
}

module.exports = AllowErrorInputsPlugin;
module.exports.allowErrorInputs = allowErrorInputs;
