import { createContext, useContext } from "react";
import { STRINGS, type Lang, type Strings } from "./i18n";

/** The pane's language, given by App and read by every component. */
export const LanguageContext = createContext<Lang>("vi");

export function useLang(): Lang {
  return useContext(LanguageContext);
}

export function useStrings(): Strings {
  return STRINGS[useContext(LanguageContext)];
}

const LANG_KEY = "dutoan.lang";

/** The language the officer chose last time on this computer (the pane keeps it locally, never sends it). */
export function savedLang(storage: Pick<Storage, "getItem"> | undefined = safeStorage()): Lang | undefined {
  const value = storage?.getItem(LANG_KEY);
  return value === "vi" || value === "en" ? value : undefined;
}

export function saveLang(lang: Lang, storage: Pick<Storage, "setItem"> | undefined = safeStorage()): void {
  storage?.setItem(LANG_KEY, lang);
}

/** localStorage where the host allows it (some webviews refuse it); else nothing is kept. */
function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
