import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

const CENTRE = "ops-janow-lubelski";
const NAME = "Grupa wsparcia dla opiekunów osób z demencją";

test("a coordinator adds a weekly group and cancels one date; a resident finds it in three languages, sees the cancellation and takes the calendar", async ({
  page,
  browser,
  request,
}) => {
  // A resident has the centre's page open already: it is cached from before the change.
  const resident = await (await browser.newContext()).newPage();
  await resident.goto(`/${CENTRE}`);
  await expect(resident.getByText(NAME)).toHaveCount(0);

  await signIn(page, `koordynator@${CENTRE}.razem.test`);
  await page.getByRole("link", { name: "Oferta", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Oferta ośrodka" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Dodaj klub, grupę lub program" }).click();
  await page.getByRole("radio", { name: "Grupa wsparcia lub samopomocowa" }).check();
  await page.getByRole("button", { name: "Dalej" }).click();
  await expect(page.getByRole("heading", { name: "Nowa grupa wsparcia lub samopomocowa" })).toBeVisible();
  await expectAccessible(page);

  // A mistake first: the message stands next to the field and what was typed stays.
  await page.getByLabel("Temat grupy").fill("Opieka nad bliskimi z demencją");
  await page.getByRole("button", { name: "Dodaj grupę" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Popraw następujące błędy" })).toContainText("Nazwa");
  await expect(page.getByLabel("Temat grupy")).toHaveValue("Opieka nad bliskimi z demencją");

  await page.getByLabel("Nazwa").fill(NAME);
  await page.getByLabel("Opis").fill("Spotkania, na których opiekunowie dzielą się doświadczeniem i wspierają się nawzajem.");
  await page.getByLabel("Dla kogo – własnymi słowami").fill("Opiekunowie osób z chorobą Alzheimera i innymi otępieniami");
  await page.getByRole("checkbox", { name: "Rodzice i opiekunowie" }).check();
  await page.getByRole("radio", { name: "Otwarte – wystarczy przyjść" }).check();
  await page.getByLabel("Miejsce spotkań").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Dodaj grupę" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NAME);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Dodaj harmonogram" }).click();
  await expect(page.getByRole("heading", { name: "Nowy harmonogram" })).toBeVisible();
  await page.getByRole("radio", { name: "Tak, według stałego rytmu" }).check();
  await page.getByRole("radio", { name: "W wybrane dni tygodnia" }).check();
  await page.getByRole("checkbox", { name: "Wtorek" }).check();
  await page.getByLabel("Godzina rozpoczęcia").fill("17:00");
  await page.getByLabel("Godzina zakończenia").fill("18:30");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Zapisz harmonogram" }).click();
  await page.getByRole("status").getByRole("link", { name: "Wróć do oferty" }).click();
  await expect(page.getByRole("region", { name: "Harmonogram" })).toContainText("w każdy wtorek, 17:00–18:30");
  const upcoming = page.getByRole("region", { name: "Najbliższe spotkania" });
  await expect(upcoming).toContainText("17:00–18:30");

  await upcoming
    .getByRole("link", { name: /Odwołaj lub przenieś/ })
    .first()
    .click();
  await expectAccessible(page);
  await page.getByLabel("Powód odwołania").fill("Choroba prowadzącej");
  await page.getByRole("button", { name: "Odwołaj spotkanie" }).click();
  await expect(page.getByText("Choroba prowadzącej").first()).toBeVisible();

  // The resident's next request shows the new group: the cached page was refreshed.
  await resident.reload();
  await expect(resident.getByRole("link", { name: NAME }).first()).toBeVisible();

  // Found by filters, in Polish, Ukrainian and English.
  for (const [prefix, kind, weekday, when] of [
    ["", "Grupy wsparcia i samopomocowe", "wtorek", "w każdy wtorek, 17:00–18:30"],
    ["/uk", "Групи підтримки та самодопомоги", "вівторок", "щовівторка, 17:00–18:30"],
    ["/en", "Support and self-help groups", "Tuesday", "every Tuesday, 17:00–18:30"],
  ]) {
    await resident.goto(prefix || "/");
    const form = resident.getByRole("search");
    await form.getByRole("combobox").nth(0).selectOption({ label: kind });
    await form.getByRole("combobox").nth(2).selectOption({ label: weekday });
    await form.getByRole("textbox").nth(1).fill("Janów");
    await form.getByRole("button").first().click();
    await expect(resident.getByRole("region", { name: /Wyniki|Результати|Search results/ }).getByRole("link", { name: NAME })).toBeVisible();
    await expect(resident.getByText(when).first()).toBeVisible();
    await expectAccessible(resident);
  }

  // The offer page says which date is cancelled and why.
  await resident.getByRole("region", { name: "Search results" }).getByRole("link", { name: NAME }).click();
  await expect(resident.getByText(/Cancelled: Choroba prowadzącej/)).toBeVisible();
  await expectAccessible(resident);

  // And the calendar file carries the time zone and the cancellation.
  const href = await resident.getByRole("link", { name: "Download the calendar file (.ics)" }).getAttribute("href");
  const ics = await request.get(new URL(href!).pathname);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const text = await ics.text();
  expect(text).toContain("BEGIN:VTIMEZONE");
  expect(text).toContain("TZID:Europe/Warsaw");
  expect(text).toMatch(/DTSTART;TZID=Europe\/Warsaw:\d{8}T170000/);
  expect(text).toContain("STATUS:CANCELLED");
});

test("a resident asks a question on an offer page and the coordinator sees it in the inbox", async ({ page, browser }) => {
  const resident = await (await browser.newContext()).newPage();
  await resident.goto(`/uk/${CENTRE}`);
  await resident.getByRole("link", { name: /WRZOS/ }).first().click();
  const form = resident.getByRole("region", { name: /Повідомити про зміну/ });
  await form.getByRole("button").click();
  await expect(resident.getByRole("alert").filter({ hasText: "Виправте такі помилки" })).toBeVisible();
  await expectAccessible(resident);
  const question = `Czy w grudniu klub też się spotyka? ${Date.now()}`;
  await form.getByLabel("Ваше повідомлення").fill(question);
  await form.getByRole("button").click();
  await expect(resident.getByText("Дякуємо", { exact: false })).toBeVisible();

  await signIn(page, `koordynator@${CENTRE}.razem.test`);
  await page.getByRole("link", { name: "Wiadomości" }).click();
  const message = page.getByRole("article").filter({ hasText: question });
  await expect(message).toBeVisible();
  await expectAccessible(page);
  await message.getByRole("button", { name: /Oznacz jako załatwioną/ }).click();
  await expect(page.getByRole("article").filter({ hasText: question })).toHaveCount(0);
});

test("each centre publishes an accessibility statement in three languages", async ({ page }) => {
  for (const prefix of ["", "/uk", "/en"]) {
    await page.goto(`${prefix}/${CENTRE}/accessibility`);
    await expect(page.locator("#a11y-status")).toBeVisible();
    await expect(page.locator("#a11y-procedura")).toBeVisible();
    await expectAccessible(page);
  }
});
