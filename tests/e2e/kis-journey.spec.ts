import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";
import { PDFParse } from "pdf-parse";
import { expectAccessible, signIn } from "./helpers";

// Janów Lubelski has a KIS club and no edition in the demo data; only this spec signs in as its
// coordinator and social worker, and only it refers Janów's clients.
const CENTRE = "ops-janow-lubelski";
const day = (offset: number) => format(addDays(TZDate.tz("Europe/Warsaw"), offset), "yyyy-MM-dd");

// The edition began three weeks ago, so its first cycle already has sessions behind it.
const EDITION = { startsOn: day(-21), endsOn: day(70) };
const CYCLE_1 = { startsOn: day(-21), endsOn: day(13) };
const CYCLE_2 = { startsOn: day(28), endsOn: day(70) };
const TITLE = "Klub Integracji Społecznej: I edycja";
const CLIENTS = ["Tadeusz Testowy", "Anna Ankietowa", "Józef Przykładowy"];
const [FIRST, SECOND, THIRD] = CLIENTS;

/** The social worker opens the client's record, then their active contract, and refers them to the edition. */
async function refer(page: Page, name: string) {
  const [firstName, lastName] = name.split(" ");
  await page.goto(`/${CENTRE}/staff/clients`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: `${lastName} ${firstName}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expectAccessible(page);
  // By keyboard: the link's hidden "Kontrakt nr" prefix sits in the cell's padding, where a pointer
  // click aimed by Playwright lands on the cell instead; a person clicks the visible number.
  await page
    .getByRole("region", { name: "Kontrakty socjalne" })
    .getByRole("link", { name: /^Kontrakt nr / })
    .focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/staff\/contracts\/[0-9a-f-]{36}/);
  await expectAccessible(page);
  const referrals = page.getByRole("region", { name: "Skierowania" });
  await referrals.getByLabel("Dokąd kierujesz").selectOption({ label: TITLE });
  await referrals.getByLabel("Proponowana data rozpoczęcia").fill(EDITION.startsOn);
  await referrals.getByRole("button", { name: "Skieruj klienta" }).click();
  await expect(referrals.getByText("Skierowanie zostało wysłane do koordynatorów.")).toBeVisible();
  await expect(referrals.getByRole("listitem").filter({ hasText: TITLE })).toContainText("od");
  await expectAccessible(page);
}

test("a KIS edition from start to report: created with two cycles, referrals up to capacity and the waitlist, a past session's register, a participant who found work, the certificate and the yearly report", async ({
  page,
  browser,
}) => {
  // Three people, a dozen pages, each scanned by axe, on a busy machine.
  test.setTimeout(240_000);

  // 1. The coordinator creates the edition: two cycles, two places.
  await signIn(page, `koordynator@${CENTRE}.razem.test`);
  await page.goto(`/${CENTRE}/staff/kis`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Klub Integracji Społecznej");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Dodaj edycję" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nowa edycja KIS");
  await expectAccessible(page);
  await page.getByLabel("Numer edycji").fill("1");
  await page.getByLabel("Liczba miejsc").fill("2");
  await page.getByLabel("Początek edycji").fill(EDITION.startsOn);
  await page.getByLabel("Koniec edycji").fill(EDITION.endsOn);
  const cycle1 = page.getByRole("group", { name: "Cykl 1" });
  await cycle1.getByLabel("Początek").fill(CYCLE_1.startsOn);
  await cycle1.getByLabel("Koniec").fill(CYCLE_1.endsOn);
  const cycle2 = page.getByRole("group", { name: "Cykl 2" });
  await cycle2.getByLabel("Początek").fill(CYCLE_2.startsOn);
  await cycle2.getByLabel("Koniec").fill(CYCLE_2.endsOn);
  await page.getByRole("button", { name: "Utwórz edycję" }).click();

  await expect(page).toHaveURL(/\/staff\/kis\/[0-9a-f-]{36}\/settings/);
  const editionBase = new URL(page.url()).pathname.replace(/\/settings$/, "");
  await expect(page.getByText(TITLE)).toBeVisible();
  await expect(page.getByText("Edycja została utworzona.")).toBeVisible();
  await expect(page.getByText("Zajęte: 0 z 2.")).toBeVisible();
  await expect(page.getByRole("group", { name: "Cykl 2" }).getByLabel("Koniec")).toHaveValue(CYCLE_2.endsOn);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Przejdź do etapu „rekrutacja”" }).click();
  await expect(page.getByText("Edycja jest teraz na etapie „rekrutacja”.")).toBeVisible();
  await expectAccessible(page);

  // The first cycle's rhythm: Tuesdays and Thursdays, three weeks of which are already behind.
  await page.getByRole("navigation", { name: "Części edycji" }).getByRole("link", { name: "Zajęcia i obecność" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zajęcia edycji");
  await expectAccessible(page);
  await page.getByLabel("Cykl", { exact: true }).selectOption({ index: 0 });
  await page.getByRole("checkbox", { name: "Wtorek" }).check();
  await page.getByRole("checkbox", { name: "Czwartek" }).check();
  await page.getByRole("button", { name: "Zaplanuj zajęcia cyklu" }).click();
  await expect(page.getByText(/Zaplanowano \d+ spotka\S* w cyklu 1\./)).toBeVisible();
  const grid = page.getByRole("table", { name: /^Zajęcia: Cykl 1:/ });
  const firstSession = grid.getByRole("row").nth(1);
  await expect(firstSession).toContainText("09:00–15:00");
  await firstSession.getByRole("textbox", { name: /^Temat, / }).fill("Radzenie sobie ze stresem");
  await firstSession.getByRole("textbox", { name: /^Prowadzący, / }).fill("psycholog");
  await page.getByRole("button", { name: "Zapisz tematy i prowadzących" }).click();
  await expect(page.getByText(/Zapisano tematy i prowadzących: \d+ spotka/)).toBeVisible();
  await expect(firstSession.getByRole("textbox", { name: /^Temat, / })).toHaveValue("Radzenie sobie ze stresem");
  await expectAccessible(page);

  // 2. The social worker refers three clients from their active contracts.
  const worker = await (await browser.newContext()).newPage();
  await signIn(worker, `pracownik@${CENTRE}.razem.test`);
  for (const name of CLIENTS) await refer(worker, name);
  await worker.context().close();

  // 3. Two places: two accepted, the third refused a place and put on the waitlist.
  await page.getByRole("navigation", { name: "Części edycji" }).getByRole("link", { name: "Rekrutacja" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rekrutacja" })).toBeVisible();
  await expect(page.getByText("zajęte 0 z 2", { exact: true })).toBeVisible();
  await expectAccessible(page);
  const status = page.getByRole("status").filter({ hasText: /\S/ });
  await page.getByRole("button", { name: `Przyjmij: ${FIRST}` }).click();
  await expect(status).toContainText(`Przyjęto do KIS: ${FIRST} (zajęte 1 z 2)`);
  await page.getByRole("button", { name: `Przyjmij: ${SECOND}` }).click();
  await expect(status).toContainText(`Przyjęto do KIS: ${SECOND} (zajęte 2 z 2)`);
  await expect(page.getByText("zajęte 2 z 2", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: `Przyjmij: ${THIRD}` }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nie udało się" })).toContainText("Wszystkie miejsca są zajęte (2 z 2)");
  await expectAccessible(page);
  await page.getByRole("button", { name: `Na listę rezerwową: ${THIRD}` }).click();
  await expect(status).toContainText(`Dopisano do listy rezerwowej: ${THIRD}`);
  await expect(page.getByRole("region", { name: /Lista rezerwowa/ }).getByRole("heading", { name: `1. ${THIRD}` })).toBeVisible();
  await expectAccessible(page);

  // 4. Accepted today, both take part from the edition's start (art. 18 ust. 5), so the past sessions include them.
  await page.getByRole("link", { name: "Uczestnicy", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uczestnicy" })).toBeVisible();
  await expectAccessible(page);
  for (const name of [FIRST, SECOND]) {
    await page.goto(`${editionBase}/participants`);
    await page.getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Udział od").fill(EDITION.startsOn);
    await page.getByRole("button", { name: "Zmień okres" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Okres uczestnictwa został zmieniony." })).toBeVisible();
    await expectAccessible(page);
  }

  // The first session's register, from the grid: all present, then one absent.
  await page.goto(`${editionBase}/sessions`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zajęcia edycji");
  await expectAccessible(page);
  await grid
    .getByRole("row")
    .nth(1)
    .getByRole("link", { name: /^Lista obecności/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Lista obecności" })).toBeVisible();
  await expect(page.getByText("Lista nie jest jeszcze wypełniona.")).toBeVisible();
  await expectAccessible(page);
  const people = page.locator("form fieldset");
  await expect(people).toHaveCount(2);
  await page.getByRole("button", { name: "Wszyscy obecni" }).click();
  const anna = people.filter({ hasText: SECOND });
  await anna.getByText("Nieobecny/a", { exact: true }).click();
  await expect(anna.getByRole("radio", { name: "Nieobecny/a", exact: true })).toBeChecked();
  await expect(people.filter({ hasText: FIRST }).getByRole("radio", { name: "Obecny/a", exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Zapisz listę obecności" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Zapisano listę obecności." })).toBeVisible();
  const rate = page.getByRole("region", { name: "Frekwencja" });
  await expect(rate).toContainText("50%");
  await expect(rate).toContainText("1 z 2");
  await expectAccessible(page);

  // 5. Tadeusz found work: his participation ends, the certificate is issued, the waitlist moves up.
  await page.goto(`${editionBase}/participants`);
  await page.getByRole("link", { name: FIRST, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: FIRST })).toBeVisible();
  await expect(page.getByText("100% (obecność na 1 z 1 zajęć)")).toBeVisible();
  await page.getByRole("radio", { name: "Podjęcie pracy" }).check();
  await page.getByLabel("Uwagi (nieobowiązkowo)").fill("Tartak w Janowie Lubelskim");
  await page.getByRole("button", { name: "Zakończ udział i wydaj zaświadczenie" }).click();
  const ended = page.getByRole("status").filter({ hasText: "Udział zakończony" });
  await expect(ended).toContainText(/wydano zaświadczenie nr \d+\/\d{4}/);
  await expect(ended).toContainText(`Z listy rezerwowej przyjęto: ${THIRD}`);
  const number = /nr (\d+\/\d{4})/.exec((await ended.textContent()) ?? "")![1];
  await expect(page.getByRole("heading", { name: "Zaświadczenie o uczestnictwie" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Efekt", { exact: true }).selectOption({ label: "Zatrudnienie" });
  await page.getByLabel("Szczegóły (nieobowiązkowo)").fill("umowa o pracę");
  await page.getByRole("button", { name: "Dodaj efekt" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Zatrudnienie od" })).toContainText("umowa o pracę");
  await expectAccessible(page);

  // The certificate: a PDF naming him and its number.
  const link = page.getByRole("link", { name: `Pobierz zaświadczenie nr ${number} (PDF)` });
  const certificate = await page.request.get((await link.getAttribute("href"))!);
  expect(certificate.status()).toBe(200);
  expect(certificate.headers()["content-type"]).toContain("application/pdf");
  const { text: certificateText } = await new PDFParse({ data: new Uint8Array(await certificate.body()) }).getText();
  const certificateLine = certificateText.replace(/\s+/g, " ");
  expect(certificateLine).toContain(FIRST);
  expect(certificateLine).toContain(`nr ${number}`);

  // His place went to Józef: still two of two, the waitlist empty.
  await page.getByRole("link", { name: "Rekrutacja", exact: true }).click();
  await expect(page.getByText("zajęte 2 z 2", { exact: true })).toBeVisible();
  await expect(page.getByText("Lista rezerwowa jest pusta.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Uczestnicy", exact: true }).click();
  await expect(page.getByRole("link", { name: THIRD, exact: true })).toBeVisible();
  await expectAccessible(page);

  // The dashboard.
  await page.goto(editionBase);
  await expect(page.getByRole("heading", { level: 1, name: "Podsumowanie edycji" })).toBeVisible();
  await expect(page.getByRole("definition").first()).toHaveText("2 z 2");
  await expectAccessible(page);

  // The yearly report for this year, as a page, a PDF and a CSV for Polish Excel.
  const year = Number(day(0).slice(0, 4));
  await page.goto(`/${CENTRE}/staff/kis/report?rok=${year}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sprawozdanie z działalności Klubu Integracji Społecznej za rok ${year}`);
  await expectAccessible(page);

  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: `Pobierz sprawozdanie ${year} (PDF)` }).click()]);
  expect(pdf.suggestedFilename()).toBe(`sprawozdanie-kis-${year}.pdf`);
  const { text: reportText } = await new PDFParse({ data: new Uint8Array(await readFile((await pdf.path())!)) }).getText();
  expect(reportText.replace(/\s+/g, " ")).toContain(`Sprawozdanie z działalności Klubu Integracji Społecznej za rok ${year}`);

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: `Pobierz dane ${year} do arkusza (CSV)` }).click()]);
  expect(csv.suggestedFilename()).toBe(`sprawozdanie-kis-${year}.csv`);
  const csvBytes = await readFile((await csv.path())!);
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvText = csvBytes.toString("utf8");
  expect(csvText).toContain("Ośrodek;Ośrodek Pomocy Społecznej w Janowie Lubelskim");
  // Three people took part this year, one finished; one found work.
  expect(csvText).toMatch(/\r\nOgółem \(osoby\);3;\d;1\r\n/);
  expect(csvText).toContain("\r\nw tym podjęli zatrudnienie;1\r\n");
});
