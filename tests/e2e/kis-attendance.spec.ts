import { expect, test, type Page } from "@playwright/test";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { expectAccessible, signIn } from "./helpers";

const CENTRE = "mgops-lubsko";

/** The latest list waiting to be filled in, from this month's register or, early in a month, the previous one's. */
async function openLatestUnfilled(page: Page, editionBase: string) {
  await page.goto(`${editionBase}/attendance/${format(TZDate.tz("Europe/Warsaw"), "yyyy-MM")}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Obecność:");
  await expectAccessible(page);
  const awaiting = page.getByRole("region", { name: "Listy do uzupełnienia" });
  if (!(await awaiting.isVisible())) {
    await page.getByRole("link", { name: /Poprzedni miesiąc/ }).click();
    await expect(awaiting).toBeVisible();
    await expectAccessible(page);
  }
  await awaiting.getByRole("link").last().click();
}

test("the KIS coordinator fills in the latest workshop's register by keyboard, corrects a mark, prints the list and sees the month", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, `koordynator@${CENTRE}.razem.test`);
  await page.goto(`/${CENTRE}/staff/kis`);
  await page.getByRole("link", { name: /VI edycja/ }).click();
  await expect(page).toHaveURL(/\/staff\/kis\/[0-9a-f-]{36}$/);
  const editionBase = new URL(page.url()).pathname;

  await openLatestUnfilled(page, editionBase);
  await expect(page.getByRole("heading", { level: 1, name: "Lista obecności" })).toBeVisible();
  await expect(page.getByText("Lista nie jest jeszcze wypełniona.")).toBeVisible();
  await expectAccessible(page);
  const registerUrl = page.url();

  const people = page.locator("form fieldset");
  const count = await people.count();
  expect(count).toBeGreaterThan(10);

  // "Wszyscy obecni" by keyboard, then one exception with the arrow keys inside her radio group.
  await page.getByRole("button", { name: "Wszyscy obecni" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Zaznaczono wszystkich" })).toHaveCount(1);
  const first = people.first();
  const firstName = ((await first.locator("legend").textContent()) ?? "").replace(/^\d+\.\s*/, "").trim();
  await expect(first.getByRole("radio", { name: "Obecny/a", exact: true })).toBeChecked();
  await first.getByRole("radio", { name: "Obecny/a", exact: true }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(first.getByRole("radio", { name: "Nieobecny/a", exact: true })).toBeChecked();
  await expect(people.nth(1).getByRole("radio", { name: "Obecny/a", exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Zapisz listę obecności" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Zapisano listę obecności." })).toBeVisible();

  const rate = page.getByRole("region", { name: "Frekwencja" });
  await expect(rate).toContainText(`${Math.round((100 * (count - 1)) / count)}%`);
  await expect(rate).toContainText(`${count - 1} z ${count}`);
  await expect(first).toContainText("Zaznaczył(a): Irena Klubowa");
  await expectAccessible(page);

  // A correction after the fact: the second person was excused, not present.
  const second = people.nth(1);
  const secondName = ((await second.locator("legend").textContent()) ?? "").replace(/^\d+\.\s*/, "").trim();
  await second.getByText("Usprawiedliwiony/a", { exact: true }).click();
  await page.getByRole("button", { name: "Zapisz listę obecności" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Poprawione zaznaczenia: 1" })).toBeVisible();
  const history = page.getByRole("region", { name: "Historia poprawek" });
  const row = history.getByRole("row").filter({ hasText: secondName });
  await expect(row).toContainText("Obecny/a");
  await expect(row).toContainText("Usprawiedliwiony/a");
  await expect(row).toContainText("Irena Klubowa");
  await expect(rate).toContainText(`${count - 2} z ${count}`);
  await expectAccessible(page);

  // On a later visit "Wszyscy obecni" fills only rows without a mark: the saved exceptions stay.
  await page.goto(registerUrl);
  await page.getByRole("button", { name: "Wszyscy obecni" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Zaznaczeń już wpisanych nie zmieniono" })).toHaveCount(1);
  await expect(people.first().getByRole("radio", { name: "Nieobecny/a", exact: true })).toBeChecked();
  await expect(people.nth(1).getByRole("radio", { name: "Usprawiedliwiony/a", exact: true })).toBeChecked();

  // The printable list, with a signature column and everyone on it.
  await page.getByRole("link", { name: /Lista obecności do druku/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lista obecności" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Podpis" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: firstName })).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(count + 1);
  await expect(page.getByRole("button", { name: "Drukuj listę" })).toBeVisible();
  await expectAccessible(page);

  // The month: her mark and the session's rate.
  await page.goto(registerUrl);
  await page.getByRole("link", { name: "Obecność w całym miesiącu" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Obecność:");
  await expect(page.getByRole("columnheader", { name: "Podpis" })).toBeVisible();
  const herRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: firstName }) });
  await expect(herRow).toContainText("Nieobecny/a");
  await expectAccessible(page);
});
