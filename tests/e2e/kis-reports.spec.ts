import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { expectAccessible, signIn } from "./helpers";

const CENTRE = "mgops-lubsko";

test("the Lubsko coordinator reads the KIS VI dashboard and the yearly report, and downloads it as PDF and CSV", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, `koordynator@${CENTRE}.razem.test`);
  await page.goto(`/${CENTRE}/staff/kis`);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Klub Integracji Społecznej: VI edycja" }).click();

  // The summary: places of capacity, and each chart's numbers in a table beside it.
  await expect(page.getByRole("heading", { level: 1, name: "Podsumowanie edycji" })).toBeVisible();
  await expect(page.getByRole("definition").first()).toHaveText(/^\d+ z 18$/);
  const places = page.getByRole("table", { name: /Uczestnicy i skierowania/ });
  await expect(places.getByRole("row", { name: /Zajęte miejsca \d+/ })).toBeVisible();
  await expect(places.getByRole("row", { name: /Skierowania do decyzji \d+/ })).toBeVisible();
  const attendance = page.getByRole("table", { name: "Odnotowane obecności według miesięcy" });
  expect(await attendance.getByRole("row").count()).toBeGreaterThan(2);
  await expect(page.getByRole("table", { name: "Odnotowane efekty według rodzaju" }).getByRole("row", { name: /^zatrudnienie [1-9]/ })).toBeVisible();
  await expect(page.locator(".recharts-wrapper").first()).toBeVisible();
  await expectAccessible(page);

  // The yearly report for the current year (the default).
  const year = new Date().getFullYear();
  await page.goto(`/${CENTRE}/staff/kis/report`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sprawozdanie z działalności Klubu Integracji Społecznej za rok ${year}`);
  await expect(page.getByLabel("Rok sprawozdania")).toHaveValue(String(year));
  const groups = page.getByRole("table", { name: /Uczestnicy według grup/ });
  await expect(groups.getByRole("row", { name: /^Ogółem \(osoby\) [1-9]/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Kadra klubu/ }).getByRole("row", { name: /psycholog umowa zlecenie 0,1 1/ })).toBeVisible();
  await expectAccessible(page);

  // Another year through the chooser, then back.
  await page.getByLabel("Rok sprawozdania").selectOption(String(year - 1));
  await page.getByRole("button", { name: "Pokaż" }).click();
  await expect(page).toHaveURL(new RegExp(`rok=${year - 1}`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(String(year - 1));
  await page.goto(`/${CENTRE}/staff/kis/report?rok=${year}`);

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: `Pobierz dane ${year} do arkusza (CSV)` }).click()]);
  expect(csv.suggestedFilename()).toBe(`sprawozdanie-kis-${year}.csv`);
  const csvBytes = await readFile((await csv.path())!);
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvText = csvBytes.toString("utf8");
  expect(csvText).toContain(`\r\nGrupa;Uczestniczyli w roku;Rozpoczęli udział;Zakończyli udział\r\n`);
  expect(csvText).toContain("Ośrodek;Miejsko-Gminny Ośrodek Pomocy Społecznej w Lubsku");

  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: `Pobierz sprawozdanie ${year} (PDF)` }).click()]);
  expect(pdf.suggestedFilename()).toBe(`sprawozdanie-kis-${year}.pdf`);
  const pdfBytes = await readFile((await pdf.path())!);
  const { text } = await new PDFParse({ data: new Uint8Array(pdfBytes) }).getText();
  expect(text.replace(/\s+/g, " ")).toContain(`Sprawozdanie z działalności Klubu Integracji Społecznej za rok ${year}`);
});

test("a social worker gets no KIS report, as a page or as a file", async ({ page }) => {
  await signIn(page, `pracownik@${CENTRE}.razem.test`);
  const response = await page.request.get(`/${CENTRE}/staff/kis/report/csv`);
  expect(response.status()).toBe(403);
  expect((await page.goto(`/${CENTRE}/staff/kis/report`))?.status()).toBe(403);
  await expectAccessible(page);
});
