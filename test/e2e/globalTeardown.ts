import type { PlaygroundServer } from "./servePlayground";

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __playground__?: PlaygroundServer }).__playground__?.stop();
}
