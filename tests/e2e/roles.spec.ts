import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, trySignIn } from "./helpers";

const bialoleka = "/ops-bialoleka/staff";

for (const [role, email, label] of [
  ["admin", "admin@ops-bialoleka.razem.test", "Administrator ośrodka"],
  ["coordinator", "koordynator@ops-bialoleka.razem.test", "Koordynator"],
  ["social worker", "pracownik@ops-bialoleka.razem.test", "Pracownik socjalny"],
  ["volunteer", "wolontariusz@ops-bialoleka.razem.test", "Wolontariusz"],
] as const) {
  test(`the ${role} signs in and sees what is on this week at the centre`, async ({ page }) => {
    await signIn(page, email);
    await expect(page).toHaveURL(bialoleka);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Dzień dobry");
    await expect(page.getByText(`Dzielnicy Białołęka m.st. Warszawy · ${label}`, { exact: false })).toBeVisible();
    const week = page.getByRole("region", { name: "Ten tydzień w ośrodku" });
    // Mamy Klub meets every Wednesday, so it is on every week.
    await expect(week.getByText("Mamy Klub")).toBeVisible();
    await expect(week).toContainText("10:00–12:00");
    await expect(week).toContainText("Siedziba OPS, ul. Marywilska 44C");
    await expect(page.getByRole("link", { name: "Zespół" })).toHaveCount(role === "admin" ? 1 : 0);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Następny tydzień →" }).click();
    await expect(page.getByRole("heading", { name: /^Tydzień od/ })).toBeVisible();
    await expect(page.getByText("Mamy Klub")).toBeVisible();
  });
}

test("a wrong password gets one generic message and keeps nobody signed in", async ({ page }) => {
  await trySignIn(page, "koordynator@ops-bialoleka.razem.test", "to-nie-jest-haslo");
  const summary = page.getByRole("alert").filter({ hasText: "Nie udało się" });
  await expect(summary).toContainText("Nie udało się zalogować. Sprawdź adres e-mail i hasło.");
  await expect(page).toHaveURL(/\/login/);
  await expectAccessible(page);
  await trySignIn(page, "nikt-taki@razem.test", "cokolwiek-innego");
  await expect(page.getByRole("alert").filter({ hasText: "Nie udało się" })).toContainText("Sprawdź adres e-mail i hasło.");
});

test("a person working for two centres chooses between them, and each shows its own week", async ({ page }) => {
  await signIn(page, "dwa.osrodki@razem.test");
  await expect(page).toHaveURL("/staff");
  await expect(page.getByRole("heading", { name: "Wybierz ośrodek" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /Lubsku/ }).click();
  await expect(page).toHaveURL("/mgops-lubsko/staff");
  await expect(page.getByText("Koordynator", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Ten tydzień w ośrodku" })).toContainText("Klub Integracji Społecznej");
  await page.goto("/staff");
  await page.getByRole("link", { name: /Białołęka/ }).click();
  await expect(page.getByText("Pracownik socjalny", { exact: false }).first()).toBeVisible();
});

test("another centre's pages are not found, and a weaker role is refused the team page", async ({ page }) => {
  await signIn(page, "koordynator@ops-bialoleka.razem.test");
  await expect(page).toHaveURL(bialoleka);
  const other = await page.goto("/mgops-lubsko/staff");
  expect(other?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Nie znaleziono strony" })).toBeVisible();

  const team = await page.goto(`${bialoleka}/team`);
  expect(team?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Brak dostępu" })).toBeVisible();
  await expectAccessible(page);
});

test("a visitor without a session is sent to sign in, and back afterwards", async ({ page }) => {
  await page.goto(`${bialoleka}/team`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("Adres e-mail").fill("admin@ops-bialoleka.razem.test");
  await page.getByLabel("Hasło").fill("Razem-demo-2026");
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).toHaveURL(`${bialoleka}/team`);
});
