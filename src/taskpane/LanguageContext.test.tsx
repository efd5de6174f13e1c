/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { saveLang, savedLang } from "./LanguageContext";
import { renderPane } from "../../test/support/testKit";
import type { Lang } from "./i18n";

function memoryStorage(): Pick<Storage, "getItem" | "setItem"> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe("the pane keeps the officer's language for next time", () => {
  test("a saved choice comes back; nothing saved or something else reads as no choice", () => {
    const storage = memoryStorage();
    expect(savedLang(storage)).toBeUndefined();
    saveLang("en", storage);
    expect(savedLang(storage)).toBe("en");
    storage.setItem("dutoan.lang", "fr");
    expect(savedLang(storage)).toBeUndefined();
    expect(savedLang(undefined)).toBeUndefined();
  });

  test("switching the language tells the entry, which keeps it", async () => {
    const told: Lang[] = [];
    await renderPane(undefined, { onLangChange: (lang) => told.push(lang) });
    fireEvent.click(screen.getByRole("button", { name: "Switch the task pane to English" }));
    expect(told).toEqual(["en"]);
    fireEvent.click(screen.getByRole("button", { name: "Chuyển ngăn tác vụ sang tiếng Việt" }));
    expect(told).toEqual(["en", "vi"]);
  });
});
