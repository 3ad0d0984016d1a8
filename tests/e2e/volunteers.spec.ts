import { expect, test } from "@playwright/test";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { expectAccessible, signIn } from "./helpers";

const CENTRE = "ops-bialoleka";
const today = () => format(TZDate.tz("Europe/Warsaw"), "yyyy-MM-dd");
const thisYear = () => TZDate.tz("Europe/Warsaw").getFullYear();

test("a coordinator adds a 16-year-old volunteer (with the guardian's consent), renews an expiring agreement and sees the list of agreements to renew", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, `koordynator@${CENTRE}.razem.test`);
  await page.getByRole("link", { name: "Wolontariusze", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wolontariusze" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Wróbel Stanisław" })).toBeVisible();
  await expectAccessible(page);

  // A minor without the guardian's consent is refused; what was typed stays.
  await page.getByRole("link", { name: "Dodaj wolontariusza" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nowy wolontariusz" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Imię", { exact: true }).fill("Natalia");
  await page.getByLabel("Nazwisko", { exact: true }).fill("Sowińska");
  await page.getByLabel("Rok urodzenia", { exact: true }).fill(String(thisYear() - 16));
  await page.getByLabel("Nurt wolontariatu (nieobowiązkowo)").fill("Dialog Międzypokoleniowy");
  await page.getByLabel("Umiejętności i zainteresowania (nieobowiązkowo)").fill("taniec\nfotografia");
  await page.getByRole("button", { name: "Dodaj wolontariusza" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Popraw" });
  await expect(summary).toContainText("mniej niż 18 lat");
  await expect(page.locator("#field-guardianConsentOn-error")).toContainText("zgody rodzica lub opiekuna");
  await expect(page.getByLabel("Imię", { exact: true })).toHaveValue("Natalia");
  await expect(page.getByLabel("Rok urodzenia", { exact: true })).toHaveValue(String(thisYear() - 16));
  await expect(page.getByLabel("Umiejętności i zainteresowania (nieobowiązkowo)")).toHaveValue("taniec\nfotografia");
  await expectAccessible(page);

  await page.getByLabel("Data zgody rodzica lub opiekuna prawnego").fill(today());
  await page.getByRole("button", { name: "Dodaj wolontariusza" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Natalia Sowińska" })).toBeVisible();
  await expect(page.getByText("Wolontariusz został dodany do rejestru.")).toBeVisible();
  await expect(page.getByText("16 lat")).toBeVisible();
  await expectAccessible(page);

  // Editing the profile, and her first agreement.
  await page.getByRole("link", { name: "Zmień dane" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zmiana danych wolontariusza" })).toBeVisible();
  await expect(page.getByLabel("Data zgody rodzica lub opiekuna prawnego")).toHaveValue(today());
  await expectAccessible(page);
  await page.getByLabel("Dostępność (nieobowiązkowo)").fill("soboty");
  await page.getByRole("button", { name: "Zapisz zmiany" }).click();
  await expect(page.getByText("Zmiany zostały zapisane.")).toBeVisible();
  await expect(page.getByText("soboty")).toBeVisible();
  await page.getByRole("link", { name: "Porozumienia (0)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Porozumienia wolontariackie" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Zakres świadczeń").fill("Występy podczas spotkań Dialogu Międzypokoleniowego");
  await page.getByLabel("Okres do").fill(`${thisYear() + 1}-06-30`);
  await page.getByRole("button", { name: "Zapisz porozumienie" }).click();
  await expect(page.getByText("Porozumienie zostało zapisane.")).toBeVisible();
  await expect(page.getByText("Zakres: Występy podczas spotkań Dialogu Międzypokoleniowego")).toBeVisible();
  await expectAccessible(page);

  // The agreements that expire soon, and a renewal.
  await page.goto(`/${CENTRE}/staff/volunteers`);
  await page.getByRole("link", { name: "Porozumienia do przedłużenia" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Porozumienia do przedłużenia" })).toBeVisible();
  const soon = page.getByRole("region", { name: /Wygasają w ciągu 30 dni/ });
  await expect(soon.getByRole("link", { name: "Wróbel Stanisław" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Wygasły bez przedłużenia/ }).getByRole("link", { name: "Zieliński Henryk" })).toBeVisible();
  await expectAccessible(page);

  await soon.getByRole("link", { name: "Przedłuż porozumienie: Stanisław Wróbel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Przedłużenie porozumienia" })).toBeVisible();
  await expectAccessible(page);
  // Starting before the current one ends is refused.
  await page.getByLabel("Okres od").fill(today());
  await page.getByRole("button", { name: "Przedłuż porozumienie" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Popraw" })).toContainText("po końcu poprzedniego");
  await expectAccessible(page);
  await page.reload();
  await page.getByRole("button", { name: "Przedłuż porozumienie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Porozumienia wolontariackie" })).toBeVisible();
  await expect(page.getByText("Porozumienie zostało przedłużone.")).toBeVisible();
  await expect(page.getByText("Przedłużenie wcześniejszego porozumienia.")).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/${CENTRE}/staff/volunteers/agreements`);
  await expect(page.getByRole("region", { name: /Wygasają w ciągu 30 dni/ }).getByRole("link", { name: "Wróbel Stanisław" })).toHaveCount(0);
  await expectAccessible(page);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the register searches by name and filters by strand; volunteers do not see it", async ({ page, browser }) => {
    test.setTimeout(120_000);
    await signIn(page, `koordynator@${CENTRE}.razem.test`);
    await page.goto(`/${CENTRE}/staff/volunteers`);
    await expect(page.getByRole("heading", { level: 1, name: "Wolontariusze" })).toBeVisible();
    await expect(page.getByText("Niepełnoletni bez zgody opiekuna")).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Nurt", { exact: true }).selectOption("seniorzy");
    await page.getByRole("button", { name: "Szukaj" }).click();
    await expect(page.getByRole("link", { name: "Dobroczynna Halina" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Michalski Michał" })).toHaveCount(0);
    await expectAccessible(page);

    await page.getByLabel("Imię lub nazwisko").fill("kaminska");
    await page.getByRole("button", { name: "Szukaj" }).click();
    await expect(page.getByRole("heading", { name: "Znaleziono: 1" })).toBeVisible();
    await page.getByRole("link", { name: "Kamińska Zofia" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Zofia Kamińska" })).toBeVisible();
    await expectAccessible(page);

    const volunteer = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(volunteer, `wolontariusz@${CENTRE}.razem.test`);
    await expect(volunteer.getByRole("link", { name: "Wolontariusze", exact: true })).toHaveCount(0);
    const response = await volunteer.goto(`/${CENTRE}/staff/volunteers`);
    expect(response?.status()).toBe(403);
    await volunteer.close();
  });
});
