import net from "net";
import path from "path";
import webpack, { type Configuration } from "webpack";
import WebpackDevServer from "webpack-dev-server";

const ROOT = path.resolve(__dirname, "..", "..");

/** A free TCP port on localhost. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Configuration | Configuration[] | Promise<Configuration | Configuration[]>;

/** The page of the playground: the HtmlWebpackPlugin whose chunks include it. */
function playgroundPage(config: Configuration): string {
  for (const plugin of config.plugins ?? []) {
    const options = (plugin as { userOptions?: { chunks?: string[] | "all"; filename?: unknown } } | null)?.userOptions;
    if (options && Array.isArray(options.chunks) && options.chunks.includes("playground") && typeof options.filename === "string")
      return options.filename;
  }
  return "playground.html";
}

export interface PlaygroundServer {
  url: string;
  origin: string;
  stop(): Promise<void>;
}

/**
 * Starts `webpack serve --env playground` in this process, on a free port over
 * plain http (the add-in's https dev server needs certificates the browser test
 * does not), without hot reload or its websocket. E2E_WEBPACK_CONFIG names another
 * config to try.
 */
export async function servePlayground(): Promise<PlaygroundServer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(process.env.E2E_WEBPACK_CONFIG ?? path.join(ROOT, "webpack.config.js")) as
    ConfigFactory | Configuration | Configuration[];
  const env = { playground: true, WEBPACK_SERVE: true };
  const loaded = await (typeof exported === "function" ? exported(env, { mode: "development", env }) : exported);
  const configs = Array.isArray(loaded) ? loaded : [loaded];
  const config = configs.find((c) => c.entry && typeof c.entry === "object" && "playground" in c.entry) ?? configs[0];
  const port = await freePort();
  const compiler = webpack({ ...config, mode: "development", stats: "errors-warnings", infrastructureLogging: { level: "warn" } });
  const { https: _https, ...devServer } = (config.devServer ?? {}) as WebpackDevServer.Configuration & { https?: unknown };
  const server = new WebpackDevServer(
    {
      ...devServer,
      devMiddleware: { ...devServer.devMiddleware, stats: "errors-only" },
      host: "127.0.0.1",
      port,
      server: "http",
      open: false,
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
    },
    compiler,
  );
  await server.start();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/${playgroundPage(config)}`,
    stop: () => server.stop(),
  };
}

/** The server globalSetup.ts started for the whole run, or a server of this file's own when run without it. */
export async function sharedPlayground(): Promise<PlaygroundServer> {
  const url = process.env.E2E_PLAYGROUND_URL;
  const origin = process.env.E2E_PLAYGROUND_ORIGIN;
  if (url && origin) return { url, origin, stop: async () => undefined };
  return servePlayground();
}
