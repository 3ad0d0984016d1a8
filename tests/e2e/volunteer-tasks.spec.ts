import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

// Only this spec signs in as Białołęka's volunteer and changes the demo's volunteer tasks.
const PHONE = { width: 390, height: 844 };
const STAFF = "/ops-bialoleka/staff";
const ROLE = "obsługa stoiska z grami";

test.use({ viewport: PHONE });

/** Axe, and nothing wider than the phone's screen. */
async function check(page: Page) {
  await expectAccessible(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `horizontal scrolling on ${page.url()}`).toBeLessThanOrEqual(PHONE.width);
}

test("on a phone: a coordinator adds a picnic task for 3 volunteers, the volunteer signs up and is approved, logs 4 hours and the coordinator approves them", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signIn(page, "koordynator@ops-bialoleka.razem.test");
  await page.getByRole("link", { name: "Zadania wolontariuszy", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zadania wolontariuszy" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Brakuje wolontariuszy" })).toContainText("pomoc przy pikniku");
  await expect(page.getByRole("region", { name: "Spotkania wolontariuszy" })).toContainText("Klub Wolontariusza");
  await check(page);

  await page.getByRole("link", { name: "Dodaj zadanie", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nowe zadanie dla wolontariuszy" })).toBeVisible();
  await page.getByLabel("Ilu wolontariuszy potrzeba").fill("3");
  await page.getByRole("button", { name: "Dodaj zadanie" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Popraw" })).toContainText("Spotkanie lub wydarzenie");
  await expect(page.getByLabel("Ilu wolontariuszy potrzeba")).toHaveValue("3");
  await check(page);
  const picnic = await page.locator("#field-sessionId option", { hasText: "Piknik rodzinny" }).first().getAttribute("value");
  await page.getByLabel("Spotkanie lub wydarzenie").selectOption(picnic!);
  await page.getByLabel("Rola wolontariusza").fill(ROLE);
  await page.getByRole("button", { name: "Dodaj zadanie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: ROLE })).toBeVisible();
  await expect(page.getByText("Zadanie zostało dodane.")).toBeVisible();
  await expect(page.getByText("3 (przydzielonych: 0, brakuje: 3)")).toBeVisible();
  const taskUrl = page.url().split("?")[0];
  await check(page);

  // The volunteer, on their own phone.
  const volunteer = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signIn(volunteer, "wolontariusz@ops-bialoleka.razem.test");
  await volunteer.getByRole("link", { name: "Moje zadania", exact: true }).click();
  await expect(volunteer.getByRole("heading", { level: 1, name: "Moje zadania" })).toBeVisible();
  await check(volunteer);
  const open = volunteer.getByRole("region", { name: "Można się zgłosić" });
  await open.getByRole("button", { name: `Zgłaszam się – ${ROLE}` }).click();
  const upcoming = volunteer.getByRole("region", { name: "Najbliższe zadania" });
  const mine = upcoming.getByRole("listitem").filter({ has: volunteer.getByRole("heading", { name: ROLE }) });
  await expect(mine).toContainText("Zgłoszenie czeka na potwierdzenie koordynatora");
  await expect(mine).toContainText("Konrad Koordynujący");
  await check(volunteer);

  // The coordinator approves the sign-up.
  await page.goto(taskUrl);
  await page.getByRole("button", { name: "Przyjmij – Wiktor Pomocny" }).click();
  await expect(page.getByRole("region", { name: "Przydzieleni wolontariusze" })).toContainText("Wiktor Pomocny");
  await expect(page.getByText("3 (przydzielonych: 1, brakuje: 2)")).toBeVisible();
  await check(page);

  await volunteer.reload();
  await expect(mine).toContainText("Jesteś przydzielony");
  // Hours for the neighbourhood fair he helped at, prefilled from its session.
  await volunteer
    .getByRole("region", { name: "Wpisz godziny" })
    .getByRole("link", { name: /pomoc przy festynie/ })
    .click();
  await expect(volunteer.getByRole("heading", { level: 1, name: "Wpisz godziny" })).toBeVisible();
  await expect(volunteer.getByLabel("Liczba godzin")).toHaveValue("4");
  await check(volunteer);
  await volunteer.getByRole("button", { name: "Wpisz godziny" }).click();
  await expect(volunteer.getByText("Godziny wpisane. Czekają na zatwierdzenie koordynatora.")).toBeVisible();
  await check(volunteer);
  await volunteer.getByRole("link", { name: "Wróć do moich zadań" }).first().click();
  await expect(volunteer.getByRole("region", { name: /Moje godziny/ })).toContainText("4 h, pomoc przy festynie – Czeka na zatwierdzenie");

  // The coordinator approves the hours; the totals count them.
  await page.goto(`${STAFF}/volunteering`);
  const pending = page.getByRole("region", { name: "Godziny do zatwierdzenia" });
  await expect(pending).toContainText("Wiktor Pomocny: 4 h");
  await pending.getByRole("button", { name: "Zatwierdź godziny – Wiktor Pomocny" }).click();
  await expect(pending).not.toContainText("Wiktor Pomocny");
  await check(page);
  await page.getByRole("link", { name: "Godziny, zestawienia i zaświadczenia" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Godziny wolontariuszy" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Według wolontariuszy" })).toContainText("Pomocny Wiktor");
  await check(page);

  await volunteer.reload();
  await expect(volunteer.getByRole("region", { name: /Moje godziny/ })).toContainText("4 h, pomoc przy festynie – Zatwierdzone");
  await check(volunteer);
});
