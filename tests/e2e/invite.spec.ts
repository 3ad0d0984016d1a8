import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

test("the admin invites a member who sets a password and signs in; deactivation signs them out at once", async ({ page, browser }) => {
  const email = `nowa.osoba.${Date.now()}@razem.test`;
  await signIn(page, "admin@ops-bialoleka.razem.test");
  await page.getByRole("link", { name: "Zespół" }).click();
  await expect(page.getByRole("heading", { name: "Zespół ośrodka" })).toBeVisible();
  await expectAccessible(page);

  // Bad input: messages next to the fields and in a summary; what was typed stays.
  await page.getByLabel("Imię i nazwisko").fill("Nina Nowakowska");
  await page.getByLabel("Adres e-mail").fill("to-nie-jest-email");
  await page.getByRole("button", { name: "Utwórz zaproszenie" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Popraw następujące błędy" });
  await expect(summary).toContainText("Adres e-mail: Podaj poprawny adres e-mail");
  await expect(page.getByLabel("Imię i nazwisko")).toHaveValue("Nina Nowakowska");
  await expect(page.getByLabel("Adres e-mail")).toHaveValue("to-nie-jest-email");
  await expectAccessible(page);

  await page.getByLabel("Adres e-mail").fill(email);
  await page.getByLabel("Rola", { exact: true }).selectOption({ label: "Pracownik socjalny" });
  await page.getByRole("button", { name: "Utwórz zaproszenie" }).click();
  const link = (await page.getByTestId("invitation-link").textContent())!.trim();
  expect(link).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("region", { name: "Zaproszenia czekające na przyjęcie" })).toContainText(email);

  // The invited person, in their own browser.
  const theirs = await browser.newContext();
  const them = await theirs.newPage();
  await them.goto(link);
  await expect(them.getByRole("heading", { name: "Dołącz do zespołu" })).toBeVisible();
  await expect(them.getByText(email)).toBeVisible();
  await expectAccessible(them);
  await them.getByLabel("Hasło", { exact: true }).fill("zielony-tramwaj-nad-wisla");
  await them.getByLabel("Powtórz hasło").fill("inne-haslo-calkiem");
  await them.getByRole("button", { name: "Utwórz konto" }).click();
  await expect(them.getByRole("alert").filter({ hasText: "Popraw" })).toContainText("Hasła nie są takie same.");
  await expect(them.getByLabel("Imię i nazwisko")).toHaveValue("Nina Nowakowska");
  await them.getByLabel("Hasło", { exact: true }).fill("zielony-tramwaj-nad-wisla");
  await them.getByLabel("Powtórz hasło").fill("zielony-tramwaj-nad-wisla");
  await them.getByRole("button", { name: "Utwórz konto" }).click();
  await expect(them).toHaveURL(/\/login\?joined=1/);
  await expect(them.getByText("Konto jest gotowe")).toBeVisible();
  await them.getByLabel("Adres e-mail").fill(email);
  await them.getByLabel("Hasło").fill("zielony-tramwaj-nad-wisla");
  await them.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(them).toHaveURL("/ops-bialoleka/staff");
  await expect(them.getByText("Pracownik socjalny", { exact: false }).first()).toBeVisible();

  // The link worked once.
  const used = await theirs.newPage();
  await used.goto(link);
  await expect(used.getByRole("heading", { name: "Ten link już nie działa" })).toBeVisible();

  // The admin deactivates the new member; their open session ends at their next request.
  await page.reload();
  const row = page.getByRole("row").filter({ hasText: email });
  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: /Dezaktywuj/ }).click();
  await expect(row).toContainText("nieaktywne");
  await them.goto("/ops-bialoleka/staff");
  await expect(them).toHaveURL(/\/login/);
  await theirs.close();
});

test("the admin changes a member's role", async ({ page }) => {
  await signIn(page, "admin@mgops-lubsko.razem.test");
  await page.goto("/mgops-lubsko/staff/team");
  const row = () => page.getByRole("row").filter({ hasText: "pracownik2@mgops-lubsko.razem.test" });
  await row().getByLabel(/Rola:/).selectOption({ label: "Koordynator" });
  await row()
    .getByRole("button", { name: /Zmień rolę/ })
    .click();
  await expect(row().getByRole("status").filter({ hasText: "Rola została zmieniona." })).toBeVisible();
  await page.reload();
  await expect(row().getByLabel(/Rola:/)).toHaveValue("COORDINATOR");
});

test("my account: password change and signing out everywhere are on one accessible page", async ({ page }) => {
  // Signing out everywhere ends every session of this person, so no other test signs in as them.
  await signIn(page, "pracownik@mops-krakow-filia-7.razem.test");
  await page.getByRole("link", { name: /moje konto/ }).click();
  await expect(page.getByRole("heading", { name: "Moje konto" })).toBeVisible();
  await page.getByRole("button", { name: "Zmień hasło" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Popraw" })).toContainText("Obecne hasło");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Wyloguj mnie ze wszystkich urządzeń" }).click();
  await expect(page).toHaveURL(/signedOut=everywhere/);
  await page.goto("/mops-krakow-filia-7/staff");
  await expect(page).toHaveURL(/\/login/);
});
