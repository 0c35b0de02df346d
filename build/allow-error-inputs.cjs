// Webpack plugin: sets allowErrorForDataTypeAny in functions.json, which JSDoc-generated metadata cannot express.
// Without it Excel never calls a function whose input range holds an error value (one #N/A among 500 rows
// fails the whole spill); with it every `any` parameter receives error values and the PLAN functions answer
// them cell by cell (src/functions/cells.ts). It also drops allowCustomDataForDataTypeAny, which the generator
// always writes: that flag belongs to CustomFunctionsRuntime 1.4 (data types), which Office 2021 and other
// perpetual or volume-licensed builds lack; with both flags they crash or show #VALUE! in every cell (office-js
// #4385, #3504). The PLAN functions take no data types. Runs before the zh-CN metadata is derived, so both agree.
"use strict";

const PLUGIN = "AllowErrorInputsPlugin";

/** The metadata with error inputs allowed and no data types (top-level properties of the metadata). */
function allowErrorInputs(metadata) {
  const { allowCustomDataForDataTypeAny: _dataTypes, ...rest } = metadata;
  return { allowErrorForDataTypeAny: true, ...rest };
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
