import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

const CENTRE = "mgops-lubsko";

// The Lubsko coordinator on KIS VI (15 of 18 places taken, five referrals waiting): only this spec
// decides on these referrals and ends Olga Wirtualna's participation.
test("a coordinator accepts referrals up to capacity, waitlists the next, completes a participant who found work, records the outcome and downloads the certificate", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, `koordynator@${CENTRE}.razem.test`);

  // From the referrals inbox to the edition's recruitment.
  await page.goto(`/${CENTRE}/staff/referrals`);
  await expect(page.getByRole("heading", { level: 1, name: "Skierowania od pracowników socjalnych" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Zdecyduj w rekrutacji: Urszula Nibyska" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rekrutacja" })).toBeVisible();
  await expect(page.getByText("zajęte 15 z 18")).toBeVisible();
  await expectAccessible(page);

  const status = page.getByRole("status").filter({ hasText: /\S/ });
  // Three free places: three accepted, by keyboard for the first.
  await page.getByRole("button", { name: "Przyjmij: Urszula Nibyska" }).focus();
  await page.keyboard.press("Enter");
  await expect(status).toContainText("Przyjęto do KIS: Urszula Nibyska (zajęte 16 z 18)");
  await page.getByRole("button", { name: "Przyjmij: Wanda Przymiarkowa" }).click();
  await expect(status).toContainText("Przyjęto do KIS: Wanda Przymiarkowa (zajęte 17 z 18)");
  await page.getByRole("button", { name: "Przyjmij: Zofia Zapasowa" }).click();
  await expect(status).toContainText("Przyjęto do KIS: Zofia Zapasowa (zajęte 18 z 18)");
  await expect(page.getByText("zajęte 18 z 18")).toBeVisible();

  // The next one is refused with the way out: the waitlist.
  await page.getByRole("button", { name: "Przyjmij: Alicja Rezerwowa" }).click();
  const problem = page.getByRole("alert").filter({ hasText: "Nie udało się" });
  await expect(problem).toContainText("Wszystkie miejsca są zajęte (18 z 18)");
  await expect(problem).toContainText("listy rezerwowej");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Na listę rezerwową: Alicja Rezerwowa" }).click();
  await expect(status).toContainText("Dopisano do listy rezerwowej: Alicja Rezerwowa");
  const waitlist = page.getByRole("region", { name: /Lista rezerwowa/ });
  await expect(waitlist.getByRole("heading", { name: "1. Alicja Rezerwowa" })).toBeVisible();

  // Declining needs a reason.
  const beata = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Beata Tymczasowa" }) });
  await beata.getByText("Odmów przyjęcia: Beata Tymczasowa").click();
  await beata.getByRole("button", { name: "Odmów przyjęcia", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Popraw" })).toContainText("Podaj powód odmowy.");
  await expectAccessible(page);
  await beata.getByLabel("Powód odmowy").fill("Osoba zrezygnowała przed rozpoczęciem zajęć.");
  await beata.getByRole("button", { name: "Odmów przyjęcia", exact: true }).click();
  await expect(status).toContainText("Skierowanie osoby Beata Tymczasowa zostało odrzucone");
  await expectAccessible(page);

  // Participants: Olga Wirtualna found work.
  await page.getByRole("link", { name: "Uczestnicy", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uczestnicy" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Olga Wirtualna" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Olga Wirtualna" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("radio", { name: "Podjęcie pracy" }).check();
  await page.getByLabel("Uwagi (nieobowiązkowo)").fill("Sklep spożywczy w Lubsku");
  await page.getByRole("button", { name: "Zakończ udział i wydaj zaświadczenie" }).click();
  await expect(status).toContainText(/wydano zaświadczenie nr \d+\/\d{4}/);
  await expect(status).toContainText("Z listy rezerwowej przyjęto: Alicja Rezerwowa");
  await expect(page.getByRole("heading", { name: "Zaświadczenie o uczestnictwie" })).toBeVisible();
  await expectAccessible(page);

  // The outcome after KIS.
  await page.getByLabel("Efekt", { exact: true }).selectOption({ label: "Zatrudnienie" });
  await page.getByLabel("Szczegóły (nieobowiązkowo)").fill("umowa o pracę");
  await page.getByRole("button", { name: "Dodaj efekt" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Zatrudnienie od" })).toContainText("umowa o pracę");
  await expectAccessible(page);

  // The certificate.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /Pobierz zaświadczenie nr \d+\/\d{4} \(PDF\)/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^zaswiadczenie-kis-\d+-\d{4}\.pdf$/);
  const file = await readFile((await download.path())!);
  expect(file.subarray(0, 5).toString()).toBe("%PDF-");

  // The place she freed went to the waitlist.
  await page.getByRole("link", { name: "Rekrutacja", exact: true }).click();
  await expect(page.getByText("zajęte 18 z 18")).toBeVisible();
  await expect(page.getByText("Lista rezerwowa jest pusta.")).toBeVisible();
  await expectAccessible(page);
});
