import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

// Wejherowo has a KIS club and no edition in the demo data; nothing else signs in as its coordinator.
const CENTRE = "mops-wejherowo";

test("a coordinator creates an edition with two cycles, adds the team, plans a cycle's rhythm and sets a topic", async ({ page }) => {
  await signIn(page, `koordynator@${CENTRE}.razem.test`);
  await page.goto(`/${CENTRE}/staff/kis`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Klub Integracji Społecznej");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Dodaj edycję" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nowa edycja KIS");
  await expectAccessible(page);

  // A mistake first: the messages stand next to the fields and in a summary; what was typed stays.
  await page.getByLabel("Numer edycji").fill("10");
  await page.getByLabel("Liczba miejsc").fill("41");
  await page.getByRole("button", { name: "Utwórz edycję" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Popraw następujące błędy" });
  await expect(summary).toContainText("Liczba miejsc: Podaj liczbę miejsc od 1 do 40.");
  await expect(summary).toContainText("Początek edycji");
  await expect(page.getByLabel("Liczba miejsc")).toHaveValue("41");
  await expect(page.getByLabel("Numer edycji")).toHaveValue("10");
  await expectAccessible(page);

  await page.getByLabel("Liczba miejsc").fill("16");
  await page.getByLabel("Początek edycji").fill("2027-04-01");
  await page.getByLabel("Koniec edycji").fill("2027-10-29");
  const cycle1 = page.getByRole("group", { name: "Cykl 1" });
  await cycle1.getByLabel("Początek").fill("2027-04-01");
  await cycle1.getByLabel("Koniec").fill("2027-06-30");
  const cycle2 = page.getByRole("group", { name: "Cykl 2" });
  await cycle2.getByLabel("Początek").fill("2027-09-01");
  await cycle2.getByLabel("Koniec").fill("2027-10-29");
  await page.getByRole("button", { name: "Utwórz edycję" }).click();

  await expect(page).toHaveURL(/\/staff\/kis\/[0-9a-f-]{36}\/settings/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cykle i zespół");
  await expect(page.getByText("Klub Integracji Społecznej: X edycja")).toBeVisible();
  await expect(page.getByText("Edycja została utworzona.")).toBeVisible();
  await expect(page.getByText("Zajęte: 0 z 16.")).toBeVisible();
  await expect(page.getByRole("group", { name: "Cykl 2" }).getByLabel("Koniec")).toHaveValue("2027-10-29");
  await expectAccessible(page);

  await page.getByLabel("Imię i nazwisko").fill("Anna Nowicka");
  await page.getByLabel("Funkcja").fill("psycholog");
  await page.getByLabel("Podstawa zatrudnienia").selectOption("umowa zlecenia");
  await page.getByLabel("Wymiar etatu").fill("0,25");
  await page.getByRole("button", { name: "Dodaj do zespołu" }).click();
  await expect(page.getByRole("table", { name: "Zespół edycji" })).toContainText("Anna Nowicka");
  await expect(page.getByRole("table", { name: "Zespół edycji" })).toContainText("0,25");

  await page.getByRole("button", { name: "Przejdź do etapu „rekrutacja”" }).click();
  await expect(page.getByText("Edycja jest teraz na etapie „rekrutacja”.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Części edycji" }).getByRole("link", { name: "Zajęcia i obecność" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zajęcia edycji");
  await expect(page.getByText("Edycja nie ma jeszcze zajęć.")).toBeVisible();
  await expectAccessible(page);

  // Tuesdays and Thursdays 9:00–15:00 for the whole first cycle.
  await page.getByLabel("Cykl", { exact: true }).selectOption({ label: "Cykl 1: 1 kwietnia 2027 – 30 czerwca 2027" });
  await page.getByRole("checkbox", { name: "Wtorek" }).check();
  await page.getByRole("checkbox", { name: "Czwartek" }).check();
  await page.getByRole("button", { name: "Zaplanuj zajęcia cyklu" }).click();
  await expect(page.getByText("Zaplanowano 26 spotkań w cyklu 1.")).toBeVisible();
  const grid = page.getByRole("table", { name: "Zajęcia: Cykl 1: 1 kwietnia 2027 – 30 czerwca 2027" });
  await expect(grid.getByRole("row")).toHaveCount(27);
  await expect(grid.getByRole("row").nth(1)).toContainText("czwartek, 1 kwietnia 2027");
  await expect(grid.getByRole("row").nth(1)).toContainText("09:00–15:00");
  await expectAccessible(page);

  await page.getByLabel("Temat, czwartek, 1 kwietnia 2027").fill("Radzenie sobie ze stresem");
  await page.getByLabel("Prowadzący, czwartek, 1 kwietnia 2027").fill("psycholog");
  await page.getByRole("button", { name: "Zapisz tematy i prowadzących" }).click();
  await expect(page.getByText("Zapisano tematy i prowadzących: 26 spotkań.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Temat, czwartek, 1 kwietnia 2027")).toHaveValue("Radzenie sobie ze stresem");
  await expect(page.getByLabel("Prowadzący, czwartek, 1 kwietnia 2027")).toHaveValue("psycholog");

  // An integration event on a date between the cycles.
  await page.getByLabel("Wydarzenie", { exact: true }).fill("Piknik rodzinny");
  await page.getByLabel("Data", { exact: true }).fill("2027-07-16");
  await page.getByRole("textbox", { name: "Godzina rozpoczęcia" }).last().fill("12:00");
  await page.getByRole("textbox", { name: "Godzina zakończenia" }).last().fill("16:00");
  await page.getByRole("button", { name: "Dodaj wydarzenie" }).click();
  const outside = page.getByRole("table", { name: "Zajęcia: Poza cyklami" });
  await expect(outside).toContainText("piątek, 16 lipca 2027");
  await expect(outside).toContainText("wydarzenie integracyjne");
  await expect(outside.getByLabel("Temat, piątek, 16 lipca 2027")).toHaveValue("Piknik rodzinny");
  await expectAccessible(page);

  // A session cancelled with a reason shows it in the grid.
  await page.getByLabel("Zajęcia", { exact: true }).selectOption({ label: "wtorek, 6 kwietnia 2027, 09:00–15:00" });
  await page.getByLabel("Powód odwołania").fill("Choroba prowadzącej");
  await page.getByRole("button", { name: "Odwołaj zajęcia" }).click();
  await expect(grid.getByRole("row").nth(2)).toContainText("odwołane: Choroba prowadzącej");
});
