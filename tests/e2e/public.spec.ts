import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers";

test("a resident finds a centre and its clubs, groups and programmes with their weekly schedule", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Co się dzieje");
  for (const name of ["Białołęka", "Wejherowie", "Filia", "Janowie Lubelskim", "Lubsku"]) {
    await expect(page.getByRole("link", { name: new RegExp(name) })).toBeVisible();
  }
  await expectAccessible(page);

  await page.getByRole("link", { name: /Białołęka/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ośrodek Pomocy Społecznej Dzielnicy Białołęka m.st. Warszawy");
  await expect(page.getByRole("table", { name: "Godziny otwarcia" })).toContainText("poniedziałek08:00–18:00");

  const mamyKlub = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Mamy Klub" }) });
  await expect(mamyKlub).toContainText("w każdą środę, 10:00–12:00");
  await expect(mamyKlub).toContainText("ul. Marywilska 44C");
  await expect(mamyKlub).toContainText("Mamy z dziećmi w wieku 0–4 lata");

  const autism = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Grupa samopomocy dla rodziców dzieci autystycznych" }) });
  await expect(autism).toContainText("w każdy poniedziałek, 16:30–18:00");
  await expect(autism).toContainText("ul. Porajów 14");

  const oncology = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /problemem onkologicznym/ }) });
  await expect(oncology).toContainText("w każdą środę, 12:15–13:30");
  await expect(oncology).toContainText("ul. Van Gogha 7");
  await oncology.getByRole("link").click();
  await expect(page.getByRole("region", { name: "Gdzie" })).toContainText("Trzy stopnie przy wejściu");
  await page.goBack();

  // An ended programme stays on record but is not offered to residents.
  await expect(page.getByText("Klub Uchodźcy")).toHaveCount(0);
  await expectAccessible(page);
});

test("the KIS in Lubsko says how to join it", async ({ page }) => {
  await page.goto("/mgops-lubsko");
  const kis = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Klub Integracji Społecznej" }) });
  await expect(kis).toContainText("Ze skierowania pracownika socjalnego");
  await expect(kis).toContainText("ul. 3 Maja 1");
  // Only the cycle under way is shown, not the one that has ended.
  await expect(kis.getByText(/we wtorki i czwartki, 09:00–15:00/)).toHaveCount(1);
  await expectAccessible(page);
  await kis.getByRole("link", { name: "Klub Integracji Społecznej" }).click();
  await expect(page.getByRole("region", { name: "Jak dołączyć" })).toContainText("kontraktu socjalnego");
  await expectAccessible(page);
});

test("an unknown centre is a plain 404 page", async ({ page }) => {
  const response = await page.goto("/nie-ma-takiego-osrodka");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Nie znaleziono strony" })).toBeVisible();
  await expectAccessible(page);
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

test("robots.txt is served as a file and keeps staff pages out of search engines", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("Disallow: /staff");
});
