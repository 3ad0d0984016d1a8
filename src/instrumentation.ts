// Runs once when the Next.js server starts (any way it is started: npm run dev, npm start, next start).

const EVERY_SIX_HOURS = 6 * 60 * 60 * 1000;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { extendScheduleHorizons } = await import("./features/schedules/horizon");
  const { expireEndedContracts } = await import("./features/contracts/expire");
  // Sessions must keep existing 12 weeks ahead, and contracts past their period must read as expired,
  // however long the server runs.
  const housekeeping = async () => {
    await extendScheduleHorizons().catch((error) => console.error("Rozszerzanie horyzontu spotkań nie powiodło się:", error));
    await expireEndedContracts().catch((error) => console.error("Oznaczanie wygasłych kontraktów nie powiodło się:", error));
  };
  await housekeeping();
  setInterval(housekeeping, EVERY_SIX_HOURS).unref();
}
