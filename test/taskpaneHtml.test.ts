import fs from "fs";
import path from "path";
import { JSDOM } from "jsdom";

/** taskpane.html in a webview that cannot run the pane's JavaScript: a plain message, in Vietnamese and English. */
const html = fs.readFileSync(path.join(__dirname, "..", "src", "taskpane", "taskpane.html"), "utf8");
const shown = (userAgent: string) => {
  const dom = new JSDOM(html, {
    runScripts: "dangerously",
    beforeParse: (window) => Object.defineProperty(window.navigator, "userAgent", { value: userAgent }),
  });
  return !dom.window.document.getElementById("old-webview")!.hasAttribute("hidden");
};

test("Internet Explorer's Trident and the old EdgeHTML webview get the message; Chromium and WebKit webviews do not", () => {
  expect(shown("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko")).toBe(true);
  expect(
    shown("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.19041"),
  ).toBe(true);
  expect(
    shown("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0"),
  ).toBe(false);
  expect(shown("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko)")).toBe(false);
  expect(html).toMatch(/Microsoft 365/);
});
