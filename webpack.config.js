/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
/**
 * The add-in's build, after Microsoft's Yo Office React task-pane template:
 *
 *   npm run build        production build in dist/ (prints the task pane's initial JS gzipped; fails over 250 KB)
 *   npm run build:dev    development build
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs (what manifest.xml points at)
 *   npm run playground   adds the playground page, served on plain http://localhost:3001/playground.html
 *
 * Entries: taskpane (src/taskpane/index.tsx in taskpane.html), commands (the
 * ribbon's function file), and with --env playground the playground. Office.js
 * comes from Microsoft's CDN in the pages, as the template does; for local
 * serving both office.js and o15apptofilemappingtable.js are copied to
 * dist/office-js/ unminified (with office.js alone Office.onReady never
 * resolves; minifying them again breaks them).
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { BundleSizePlugin } = require("./scripts/bundle-size");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const PLAYGROUND_PORT = Number(process.env.PLAYGROUND_PORT || 3001);
const OFFICE_JS = path.dirname(require.resolve("@microsoft/office-js/package.json"));

/**
 * https options from office-addin-dev-certs, or undefined when certificates cannot
 * be made or trusted here (Linux without sudo, CI): the server then falls back to
 * plain http and says so. Never waits more than 20 s.
 */
async function devCertificates() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), 20_000).unref());
    const options = await Promise.race([devCerts.getHttpsServerOptions(), timeout]);
    if (!options || !options.cert || !options.key) throw new Error("no certificate");
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    console.warn(
      `office-addin-dev-certs: no https certificate (${error && error.message ? error.message : error}); serving plain http instead.\n` +
        "Excel needs https: run `npx office-addin-dev-certs install` on a machine where it can trust the certificate (see docs/addin.md).",
    );
    return undefined;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const playground = Boolean(env.playground);
  const serving = Boolean(env.WEBPACK_SERVE);
  // Production URL for dist/manifest.xml, e.g. ADDIN_URL=https://example.org/dutoan/
  const addinUrl = process.env.ADDIN_URL ? process.env.ADDIN_URL.replace(/\/?$/, "/") : undefined;

  const pages = [
    new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
    new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
  ];
  if (playground)
    pages.push(
      new HtmlWebpackPlugin({ filename: "playground.html", template: "./src/playground/playground.html", chunks: ["playground"] }),
    );

  // The dev server for Excel is https on 3000 (what the manifest says); the playground needs no certificate.
  let server = { type: "http" };
  if (serving && !playground) {
    const https = await devCertificates();
    if (https) server = { type: "https", options: https };
  }

  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      ...(playground && { playground: "./src/playground/index.tsx" }),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // In the browser ExcelJS is its own prebuilt bundle (the Node build needs fs and streams); it loads only
      // in the chunk that reads a file the officer picks (last year's dự toán).
      alias: { exceljs$: require.resolve("exceljs/dist/exceljs.min.js") },
      // The .xlsx package reader (src/xlsx/package/zip.ts, for Tổng hợp in the pane) reads with JSZip; Node's zlib
      // (and the streams JSZip's internals probe for) only serve saving in Node, which the browser never does through it.
      fallback: { zlib: false, stream: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type errors are tsc's job (npm run typecheck); the build only strips types.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } } },
        },
      ],
    },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (addinUrl ? content.toString().split(DEV_URL).join(addinUrl) : content),
          },
          // Unminified, untouched: `minimized: true` keeps Terser off them.
          { from: path.join(OFFICE_JS, "dist", "office.js"), to: "office-js/office.js", info: { minimized: true } },
          {
            from: path.join(OFFICE_JS, "dist", "o15apptofilemappingtable.js"),
            to: "office-js/o15apptofilemappingtable.js",
            info: { minimized: true },
          },
        ],
      }),
      ...(production ? [new BundleSizePlugin({ entry: "taskpane" })] : []),
    ],
    // Webpack's hints count uncompressed bytes; the budget that matters is gzipped (BundleSizePlugin).
    performance: { hints: false },
    devServer: {
      port: playground ? PLAYGROUND_PORT : DEV_PORT,
      server,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: !playground,
      open: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
