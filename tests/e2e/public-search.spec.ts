import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers";

test("a resident searches by text, place, weekday and kind, and the search lives in the address", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Czego szukasz?").fill("rodzic");
  await page.getByLabel("Miejscowość lub dzielnica").fill("bialoleka");
  await page.getByLabel("Dzień tygodnia").selectOption({ label: "poniedziałek" });
  await page.getByRole("button", { name: "Szukaj" }).click();
  await expect(page).toHaveURL(/q=rodzic/);
  await expect(page).toHaveURL(/place=bialoleka/);
  await expect(page).toHaveURL(/day=1/);
  const results = page.getByRole("region", { name: "Wyniki wyszukiwania" });
  await expect(results.getByRole("link", { name: "Grupa samopomocy dla rodziców dzieci autystycznych" })).toBeVisible();
  await expect(results).toContainText("w każdy poniedziałek, 16:30–18:00");
  await expect(results).not.toContainText("Kraków");
  await expectAccessible(page);

  // The same address shared with someone else shows the same results, and filters can be changed.
  const shared = page.url();
  await page.goto(shared);
  await expect(page.getByLabel("Czego szukasz?")).toHaveValue("rodzic");
  await page.getByLabel("Rodzaj").selectOption({ label: "Dla seniorów" });
  await page.getByRole("button", { name: "Szukaj" }).click();
  await expect(page.getByText("Nic nie znaleziono")).toBeVisible();
});

test("the same search works in Ukrainian and in English, with the schedule in that language", async ({ page }) => {
  await page.goto("/uk?q=autyst&day=1");
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Що відбувається в центрах соціальної допомоги");
  await expect(page.getByText("щопонеділка, 16:30–18:00")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\?q=autyst&day=1/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText("every Monday, 16:30–18:00")).toBeVisible();
  await expectAccessible(page);
});

test("the week view lists the coming days' meetings across centres", async ({ page }) => {
  await page.goto("/?view=week&place=lubsko");
  await expect(page.getByRole("link", { name: "Tydzień" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("region", { name: "Wyniki wyszukiwania" }).getByRole("link", { name: "Klub Integracji Społecznej" }).first()).toBeVisible();
  await expectAccessible(page);
});

test("the search can be used with the keyboard alone", async ({ page }) => {
  await page.goto("/");
  // Skip link first, then into the form.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Przejdź do treści" })).toBeFocused();
  await page.keyboard.press("Enter");
  const text = page.getByLabel("Czego szukasz?");
  for (let i = 0; i < 20 && !(await text.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(text).toBeFocused();
  await page.keyboard.type("seniorzy");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=seniorzy/);
  await expect(page.getByRole("status").filter({ hasText: /Znaleziono/ })).toBeVisible();
  // The focus ring is visible on links reached by keyboard.
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe("none");
});

test("a centre's page shows this week, links its print-out, and larger text and contrast persist", async ({ page }) => {
  await page.goto("/ops-bialoleka");
  const week = page.getByRole("region", { name: "W tym tygodniu" });
  await expect(week.getByRole("link", { name: "Mamy Klub" })).toBeVisible();
  await page.getByRole("button", { name: "Większy tekst" }).click();
  await expect(page.locator("html")).toHaveClass(/text-large/);
  await page.getByRole("button", { name: "Wysoki kontrast" }).click();
  await expect(page.locator("html")).toHaveClass(/contrast-high/);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Plan tygodnia do wydruku" }).click();
  await expect(page.locator("html")).toHaveClass(/text-large/);
  await expect(page.getByRole("button", { name: "Wysoki kontrast" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Plan spotkań na tydzień");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Wysoki kontrast" }).click();
  await page.getByRole("button", { name: "Większy tekst" }).click();
  await expect(page.locator("html")).not.toHaveClass(/contrast-high|text-large/);
});

test("an offer page in English tells who it is for, when, where and how to join", async ({ page }) => {
  await page.goto("/en/ops-bialoleka/offer/grupa-onkologiczna");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "When" })).toBeVisible();
  await expect(page.getByText("every Wednesday, 12:15–13:30")).toBeVisible();
  await expect(page.getByRole("region", { name: "Where" })).toContainText("ul. Van Gogha 7");
  await expect(page.getByRole("link", { name: /Show on a map/ })).toHaveAttribute("href", /openstreetmap/);
  await expect(page.getByRole("region", { name: "How to join" })).toContainText("Just come along");
  // The centre's own Polish text is marked as Polish for screen readers.
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "pl");
  await expectAccessible(page);
});
