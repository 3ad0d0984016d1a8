import { describe, expect, it } from "vitest";
import { firstFreeSlug, slugify } from "./slug";

describe("offer slugs", () => {
  it.each([
    ["Klub Seniora WRZOS", "klub-seniora-wrzos"],
    ["Mamy Klub – dla mam z dziećmi 0–4", "mamy-klub-dla-mam-z-dziecmi-0-4"],
    ["Łąka, źródło, żółć, gęś, ćma, ńo, śnieg", "laka-zrodlo-zolc-ges-cma-no-snieg"],
    ["ZAŻÓŁĆ GĘŚLĄ JAŹŃ", "zazolc-gesla-jazn"],
    ["  „Grupa wsparcia” (AA)  ", "grupa-wsparcia-aa"],
    ["Program Aktywności Lokalnej 2026/2027", "program-aktywnosci-lokalnej-2026-2027"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("falls back to a word when nothing Latin is left", () => {
    expect(slugify("Клуб")).toBe("oferta");
    expect(slugify("!!!")).toBe("oferta");
  });

  it("keeps addresses short, cut between words", () => {
    const slug = slugify("Klub Integracji Społecznej przy Ośrodku Pomocy Społecznej w Dzielnicy Białołęka m.st. Warszawy");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug).toBe("klub-integracji-spolecznej-przy-osrodku-pomocy-spolecznej-w");
  });

  it("appends -2, -3 on conflict", () => {
    expect(firstFreeSlug("klub", new Set())).toBe("klub");
    expect(firstFreeSlug("klub", new Set(["klub"]))).toBe("klub-2");
    expect(firstFreeSlug("klub", new Set(["klub", "klub-2", "klub-seniora"]))).toBe("klub-3");
  });
});
