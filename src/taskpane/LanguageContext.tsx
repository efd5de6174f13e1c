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
