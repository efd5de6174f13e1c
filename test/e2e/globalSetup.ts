import { servePlayground, type PlaygroundServer } from "./servePlayground";

/**
 * One playground server (one webpack build) for every browser test file: the build
 * is most of their time. The files find it through E2E_PLAYGROUND_URL (sharedPlayground).
 * When E2E_PLAYGROUND_URL and E2E_PLAYGROUND_ORIGIN are already set (a playground
 * running on the side, `npm run playground`), that one is used and nothing is built.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_PLAYGROUND_URL && process.env.E2E_PLAYGROUND_ORIGIN) return;
  const server = await servePlayground();
  (globalThis as { __playground__?: PlaygroundServer }).__playground__ = server;
  process.env.E2E_PLAYGROUND_URL = server.url;
  process.env.E2E_PLAYGROUND_ORIGIN = server.origin;
}
