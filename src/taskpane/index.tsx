import { createRoot } from "react-dom/client";
import { App } from "./App";
import { NotInOffice } from "./components/NotInOffice";
import { saveLang, savedLang } from "./LanguageContext";

/**
 * The task pane's entry: React renders inside Office.onReady, over the Excel host
 * (src/office, loaded lazily so the adapter stays out of the first paint).
 * Outside Office (no office.js, or onReady without a host) it says where to open it.
 */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  if (typeof Office === "undefined") {
    root.render(<NotInOffice />);
    return;
  }
  const info = await Office.onReady();
  if (!info.host) {
    root.render(<NotInOffice />);
    return;
  }
  const { createOfficeHost } = await import(/* webpackChunkName: "office-host" */ "../office");
  root.render(<App host={createOfficeHost()} initialLang={savedLang()} onLangChange={saveLang} />);
}

void start();
