import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// Tests run in parallel on one database: a test that changes a demo person (their role, their
// sessions) must be the only one signing in as them.
export const DEMO_PASSWORD = "Razem-demo-2026";

/** WCAG 2.1 A and AA, as the Polish law on digital accessibility requires. */
export async function expectAccessible(page: Page) {
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
  expect(found, `axe on ${page.url()}`).toEqual([]);
}

/** Fills and sends the sign-in form; does not wait for the outcome. */
export async function trySignIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Adres e-mail").fill(email);
  await page.getByLabel("Hasło").fill(password);
  await page.getByRole("button", { name: "Zaloguj się" }).click();
}

/** Signs in and waits until the app has left the sign-in page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await trySignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}
