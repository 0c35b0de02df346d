// Office add-in build, after Microsoft's Yeoman template (Excel custom functions + shared runtime).
// One page (taskpane.html) hosts the task pane and the custom functions: they share one JavaScript runtime.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import webpack from "webpack";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";

const require = createRequire(import.meta.url);
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const here = path.dirname(fileURLToPath(import.meta.url));

const { DEV_BASE_URL, addinBaseUrl, rebaseManifest } = require("./build/addin-base-url.cjs");

// The only outside origin the pages may use: Office's own script (and the frames it opens).
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";

// Content-Security-Policy of every page. No inline script or style elements; workers and chunks from our origin.
// Office.js itself posts messages to the Office host frame, which needs no CSP allowance.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_ORIGIN}`,
  "style-src 'self'",
  // Office.js sets style attributes on the frames it creates (no style elements, no script): allow attributes only.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  `frame-src ${OFFICE_ORIGIN}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

// Build-time steps owned by the feature folders (kept out of this file so it stays small).
// Their processAssets stages order them: error inputs are allowed in functions.json before zh-CN is derived.
const extraPlugins = ["allow-error-inputs.cjs", "localize-functions.cjs"]
  .map((file) => path.join(here, "build", file))
  .filter((file) => existsSync(file))
  .map((file) => new (require(file))());

const has = (rel) => existsSync(path.join(here, rel));

const seedFiles = () => (has("seeds") ? readdirSync(path.join(here, "seeds")).filter((f) => f.endsWith(".txt")).sort() : []);

/** HTTPS options for the dev server: the trusted Office dev certificates when they can be installed. */
async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (err) {
    const dir = path.join(process.env.HOME ?? "", ".office-addin-dev-certs");
    const cert = path.join(dir, "localhost.crt");
    const key = path.join(dir, "localhost.key");
    const first = String(err?.message ?? err).split("\n")[0];
    if (existsSync(cert) && existsSync(key)) {
      console.warn(
        `\n[dev-server] The Office development CA could not be installed (${first}).\n` +
          `[dev-server] Serving https://localhost:3000 with the generated certificate ${cert}.\n` +
          `[dev-server] Trust ${path.join(dir, "ca.crt")} in your browser or system store (see docs/sideloading.md), ` +
          "or Excel will refuse to load the add-in.\n",
      );
      return { type: "https", options: { cert: readFileSync(cert), key: readFileSync(key), ca: readFileSync(path.join(dir, "ca.crt")) } };
    }
    console.warn(
      `\n[dev-server] No Office development certificate is available (${first}).\n` +
        "[dev-server] Falling back to a temporary self-signed certificate: Excel will not trust it.\n" +
        "[dev-server] Run `npx office-addin-dev-certs install` (see docs/sideloading.md) and restart.\n",
    );
    return "https";
  }
}

export default async (_env, argv) => {
  const dev = argv.mode === "development";
  // Where dist/ will be served: the manifest copied into it points there (docs/deployment.md).
  const baseUrl = dev ? DEV_BASE_URL : addinBaseUrl(process.env.ADDIN_BASE_URL);
  if (!dev && baseUrl === DEV_BASE_URL) {
    console.warn(`dist/manifest.xml points at ${DEV_BASE_URL}; for a deployment build with ADDIN_BASE_URL=https://your.host/path/`);
  }
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const functionsEntry = "./src/functions/functions.ts";
  const commandsEntry = "./src/commands/commands.ts";
  const entry = { taskpane: "./taskpane/taskpane.ts" };
  // The functions and commands sources belong to other folders; build them when they exist.
  if (has(functionsEntry)) entry.functions = functionsEntry;
  if (has(commandsEntry)) entry.commands = commandsEntry;
  const paneChunks = has(functionsEntry) ? ["functions", "taskpane"] : ["taskpane"];

  return {
    devtool: dev ? "source-map" : false,
    entry,
    output: {
      path: path.join(here, "dist"),
      clean: true,
      publicPath: "",
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Write every file on each build, so dist/'s times say when it was built (tests rebuild when sources are newer).
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.css$/, type: "asset/source" },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    // The only async chunk is the .docx reader (mammoth): keep it whole and named instead of split into vendors.
    optimization: { splitChunks: { cacheGroups: { default: false, defaultVendors: false } } },
    plugins: [
      // The pane lists the bundled sample documents without a directory listing from the server.
      new webpack.DefinePlugin({ __SEED_FILES__: JSON.stringify(seedFiles()) }),
      ...(has(functionsEntry)
        ? [new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionsEntry })]
        : []),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        chunks: paneChunks,
        chunksSortMode: "manual",
        templateParameters: { csp: CONTENT_SECURITY_POLICY },
      }),
      ...(has(commandsEntry) && has("src/commands/commands.html")
        ? [new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] })]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "taskpane/taskpane.css", to: "taskpane.css" },
          { from: "seeds/*.txt", to: "seeds/[name][ext]" },
          { from: "seeds/index.json", to: "seeds/index.json", noErrorOnMissing: true },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            noErrorOnMissing: true,
            transform: (content) => rebaseManifest(content.toString(), baseUrl),
          },
        ],
      }),
      ...extraPlugins,
    ],
    devServer: {
      static: { directory: path.join(here, "dist") },
      headers: { "Access-Control-Allow-Origin": "*", "Content-Security-Policy": CONTENT_SECURITY_POLICY },
      // Certificates are only looked up when serving, so a plain build never touches the certificate store.
      server: serving ? await devServerHttps() : "https",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
