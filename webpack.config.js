// Office add-in build, after Microsoft's Yeoman template (Excel custom functions + shared runtime).
// One page (taskpane.html) hosts the task pane and the custom functions: they share one JavaScript runtime.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";

const require = createRequire(import.meta.url);
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const here = path.dirname(fileURLToPath(import.meta.url));

const urlDev = "https://localhost:3000/";
const urlProd = "https://localhost:3000/"; // replace with the production host when deploying

// Build-time steps owned by the feature folders (kept out of this file so it stays small).
const extraPlugins = [];
const localize = path.join(here, "build", "localize-functions.cjs");
if (existsSync(localize)) extraPlugins.push(new (require(localize))());

export default (_env, argv) => {
  const dev = argv.mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
    },
    output: { path: path.join(here, "dist"), clean: true, publicPath: "" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.css$/, type: "asset/source" },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./taskpane/taskpane.html", chunks: ["functions", "taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "seeds/*.txt", to: "seeds/[name][ext]" },
          { from: "seeds/index.json", to: "seeds/index.json", noErrorOnMissing: true },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : content.toString().replaceAll(urlDev, urlProd)),
          },
        ],
      }),
      ...extraPlugins,
    ],
    devServer: {
      static: { directory: path.join(here, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: "https",
      port: 3000,
    },
  };
};
