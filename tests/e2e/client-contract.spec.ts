import { expect, test, type Page } from "@playwright/test";
import { addDays, format } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { expectAccessible, signIn } from "./helpers";

const CENTRE = "mgops-lubsko";
const day = (offset: number) => format(addDays(TZDate.tz("Europe/Warsaw"), offset), "yyyy-MM-dd");

async function fillDate(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

test("a social worker opens a client's record, draws up, signs, evaluates and amends a social contract, and refers the client to KIS; the coordinator sees the referral without sensitive data", async ({
  page,
  browser,
}) => {
  // A long journey with an accessibility scan on every page: well over the default minute on a busy machine.
  test.setTimeout(180_000);
  await signIn(page, `pracownik@${CENTRE}.razem.test`);
  await page.getByRole("link", { name: "Klienci", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Klienci" })).toBeVisible();
  await expectAccessible(page);

  // A new record: a mistake first keeps what was typed.
  await page.getByRole("link", { name: "Dodaj klienta" }).click();
  await page.getByLabel("Imię", { exact: true }).fill("Halina");
  await page.getByRole("button", { name: "Załóż kartotekę" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Popraw" })).toContainText("Nazwisko");
  await expect(page.getByLabel("Imię", { exact: true })).toHaveValue("Halina");
  await expectAccessible(page);
  await page.getByLabel("Nazwisko", { exact: true }).fill("Wróblewska");
  await page.getByRole("radio", { name: "Kobieta" }).check();
  await page.getByLabel("Rok urodzenia (nieobowiązkowo)").fill("1979");
  await page.getByLabel("Telefon (nieobowiązkowo)").fill("600 300 400");
  await page.getByRole("button", { name: "Załóż kartotekę" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Halina Wróblewska");
  await expectAccessible(page);

  // The draft: basic data, then the parts added one at a time.
  await page.getByRole("link", { name: "Sporządź kontrakt socjalny" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nowy kontrakt socjalny" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("radio", { name: "B – wzmocnienie aktywności i samodzielności" }).check();
  await fillDate(page, "Data zawarcia", day(0));
  await page.getByLabel("Miejsce zawarcia").fill("Lubsko");
  await fillDate(page, "Okres od", day(0));
  await fillDate(page, "Okres do", day(120));
  await page.getByRole("checkbox", { name: /Klient został pouczony o skutkach/ }).check();
  await page.getByRole("button", { name: "Zapisz szkic kontraktu" }).click();
  await expect(page.getByRole("heading", { name: "4. Cele i działania" })).toBeVisible();
  await expect(page).toHaveURL(/\/staff\/contracts\/[0-9a-f-]{36}/);
  const contractUrl = page.url().split("?")[0];

  // Signing refuses an incomplete draft, with links to what is missing.
  await expect(page.getByText("Przed podpisaniem uzupełnij")).toBeVisible();
  await expectAccessible(page);

  const assessment = page.getByRole("region", { name: "3. Ocena sytuacji" });
  await assessment.getByLabel("Przyczyny trudnej sytuacji").fill("Długotrwałe bezrobocie po zamknięciu zakładu pracy.");
  await assessment.getByLabel("Zasoby i możliwości").fill("Doświadczenie w handlu, prawo jazdy kat. B.");
  await assessment.getByLabel("Ograniczenia").fill("Opieka nad matką w godzinach popołudniowych.");
  await assessment.getByRole("button", { name: "Zapisz ocenę sytuacji" }).click();
  await expect(assessment.getByText("zostały zapisane")).toBeVisible();

  const goals = page.getByRole("region", { name: "4. Cele i działania" });
  await goals.getByLabel("Cel główny").fill("Podjęcie zatrudnienia i usamodzielnienie się");
  await page.locator("#field-goals-0-text").fill("Udział w zajęciach Klubu Integracji Społecznej");
  await goals.getByRole("button", { name: "Dodaj cel szczegółowy" }).click();
  await page.locator("#field-goals-1-text").fill("Zdobycie uprawnień kasjera-sprzedawcy");
  await page.locator("#field-actions-0-description").fill("Regularny udział w warsztatach KIS");
  await page.locator("#field-actions-0-responsible").selectOption("CLIENT");
  await page.locator("#field-actions-0-deadline").fill(day(60));
  await goals.getByRole("button", { name: "Dodaj działanie" }).click();
  await page.locator("#field-actions-1-description").fill("Skierowanie na kurs kasjera-sprzedawcy");
  await page.locator("#field-actions-1-responsible").selectOption("SOCIAL_WORKER");
  await page.locator("#field-actions-1-deadline").fill(day(30));
  await goals.getByRole("button", { name: "Dodaj działanie" }).click();
  await page.locator("#field-actions-2-description").fill("Konsultacje z doradcą zawodowym w sprawie ofert pracy");
  await page.locator("#field-actions-2-responsible").selectOption("INSTITUTION");
  await page.locator("#field-actions-2-responsibleName").fill("Powiatowy Urząd Pracy w Żarach");
  await page.locator("#field-actions-2-deadline").fill(day(90));
  await expectAccessible(page);
  await goals.getByRole("button", { name: "Zapisz cele i działania" }).click();
  await expect(goals.getByText("zostały zapisane")).toBeVisible();
  await expect(page.getByText("Przed podpisaniem uzupełnij")).toHaveCount(0);

  // Signed today; a first evaluation in a month.
  const sign = page.getByRole("region", { name: "5. Podpisanie" });
  await sign.getByLabel("Data podpisania").fill(day(1));
  await sign.getByLabel("Pierwsza ocena").fill(day(30));
  await sign.getByRole("button", { name: "Zapisz podpisanie kontraktu" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Popraw" })).toContainText("Data podpisania");
  await sign.getByLabel("Data podpisania").fill(day(0));
  await sign.getByRole("button", { name: "Zapisz podpisanie kontraktu" }).click();
  await expect(page.getByRole("link", { name: "Oceń realizację" })).toBeVisible();
  await expect(page.getByText("obowiązuje").first()).toBeVisible();
  await expectAccessible(page);

  // The PDF for the file is there.
  const pdf = await page.request.get(`${contractUrl}/pdf`);
  expect(pdf.status(), pdf.url()).toBe(200);
  expect(pdf.headers()["content-type"], pdf.url()).toContain("application/pdf");

  // An evaluation: one action done, one under way.
  await page.getByRole("link", { name: "Oceń realizację" }).click();
  await expectAccessible(page);
  await page.getByLabel("Data oceny").fill(day(0));
  await page
    .getByRole("group", { name: /Działanie 1: Regularny udział/ })
    .getByRole("radio", { name: "w trakcie", exact: true })
    .check();
  await page
    .getByRole("group", { name: /Działanie 2: Skierowanie na kurs/ })
    .getByRole("radio", { name: "zrealizowane", exact: true })
    .check();
  await page
    .getByRole("group", { name: /Działanie 3: Konsultacje z doradcą/ })
    .getByRole("radio", { name: "w trakcie", exact: true })
    .check();
  await page.getByLabel("Podsumowanie").fill("Klientka chodzi na zajęcia, kurs rozpoczęty.");
  await page.getByRole("button", { name: "Zapisz ocenę" }).click();
  await expect(page).toHaveURL(new RegExp(`^${contractUrl}`));
  await expect(page.getByText("Klientka chodzi na zajęcia, kurs rozpoczęty.")).toBeVisible();

  // An amendment lengthens the contract.
  await page.getByRole("link", { name: "Sporządź aneks" }).click();
  await expectAccessible(page);
  await page.getByLabel("Data aneksu").fill(day(0));
  await page.getByLabel("Na czym polega zmiana i dlaczego").fill("Przedłużenie kontraktu w związku z udziałem w KIS.");
  await page.getByLabel("Okres do").fill(day(180));
  await page.getByRole("button", { name: "Zapisz aneks" }).click();
  await expect(page).toHaveURL(new RegExp(`^${contractUrl}`));
  await expect(page.getByText("Przedłużenie kontraktu w związku z udziałem w KIS.")).toBeVisible();

  // The referral to the club.
  const referrals = page.getByRole("region", { name: "Skierowania" });
  await referrals.getByLabel("Dokąd kierujesz").selectOption({ label: "Klub Integracji Społecznej: VI edycja" });
  await referrals.getByLabel("Proponowana data rozpoczęcia").fill(day(7));
  await referrals.getByRole("button", { name: "Skieruj klienta" }).click();
  await expect(referrals.getByRole("listitem").filter({ hasText: "Klub Integracji Społecznej" })).toBeVisible();
  await expectAccessible(page);

  // The coordinator sees who was referred and how to reach them; nothing of the contract's content.
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, `koordynator@${CENTRE}.razem.test`);
  await coordinator.getByRole("link", { name: "Skierowania", exact: true }).click();
  const row = coordinator.getByRole("row").filter({ hasText: "Halina Wróblewska" });
  await expect(row).toContainText("600 300 400");
  await expect(row).toContainText("Klub Integracji Społecznej");
  await expect(coordinator.getByText("Długotrwałe bezrobocie")).toHaveCount(0);
  await expectAccessible(coordinator);

  // And cannot open the contract itself.
  const refused = await coordinator.goto(contractUrl);
  expect(refused?.status()).toBe(403);
});
