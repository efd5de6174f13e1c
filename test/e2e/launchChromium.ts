import fs from "fs";
import os from "os";
import path from "path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's Chromium (`apt-get install chromium`); `npx playwright install` cannot download here. */
export const CHROMIUM = "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Chromium with a throw-away profile. HOME and TMPDIR point into a scratch
 * folder, since Chromium writes to ~/.config even with a user-data-dir.
 */
export async function launchChromium(viewport = { width: 1680, height: 1000 }): Promise<Browser> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-e2e-"));
  const context = await chromium.launchPersistentContext(path.join(scratch, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    env: { ...process.env, HOME: scratch, TMPDIR: scratch },
    viewport,
    locale: "vi-VN",
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(scratch, { recursive: true, force: true });
    },
  };
}
