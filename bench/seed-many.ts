// Fills a throwaway database with many centres for the benchmark: each with a venue, N offers from
// the catalogue, one weekly schedule per offer (weekdays and start minute derived as the app saves
// them) and that schedule's sessions from this Monday to the 12-week horizon, as the app keeps it.
// Rows go in with createMany in batches: one query per row would take minutes for ~10 000 offers
// and ~200 000 sessions. Ids are made here (UUIDv7, like the schema's default) so that children can
// point at their parents without reading anything back. Deterministic: same data on every run.
import { randomBytes } from "node:crypto";
import { addDays } from "date-fns";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../src/generated/prisma/client";
import { derivedScheduleColumns } from "../src/features/schedules/rule";
import { HORIZON_WEEKS, sessionRows, type SchedulePlan } from "../src/features/schedules/materialise";
import { foldForSearch } from "../src/server/search-text";
import { dbDate, localDate, weekRange, ZONE } from "../src/server/time";
import { OFFER_CATALOGUE } from "./offer-catalogue";
import { slugify, STREETS, TOWNS, VENUE_NAMES, WARSAW_DISTRICTS, type Town } from "./places";

export type SeededCentre = { slug: string; offers: string[] };
/** Rows per table and seconds per step ("rows": making them in JS; then inserting each table). */
export type SeedSummary = { centres: SeededCentre[]; rows: Record<string, number>; seconds: Record<string, number> };

// Larger batches are no faster (the time goes into Prisma turning rows into parameters) and past
// ~32k parameters Prisma splits them into concurrent queries on one connection, which pg warns about.
const BATCH = 1000;

/** mulberry32: small and deterministic. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the given generator. */
function shuffle<T>(items: readonly T[], rnd: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function uuid7(): string {
  const b = randomBytes(16);
  b.writeUIntBE(Date.now(), 0, 6);
  b[6] = (b[6] & 0x0f) | 0x70;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const phone = (rnd: () => number) =>
  `${10 + Math.floor(rnd() * 80)} ${100 + Math.floor(rnd() * 900)} ${10 + Math.floor(rnd() * 90)} ${10 + Math.floor(rnd() * 90)}`;

type CentreRow = Prisma.CentreCreateManyInput & { id: string };

/**
 * The centres: every town's own OPS/MOPS/MGOPS/GOPS and Warsaw's district OPS first, then branches
 * ("Filia nr 2 Miejskiego Ośrodka Pomocy Społecznej w Łodzi") of the larger cities up to `count`.
 */
function centreRows(count: number, rnd: () => number): CentreRow[] {
  const rows: CentreRow[] = [];
  const common = (town: Town, slug: string) => ({
    id: uuid7(),
    slug,
    municipality: town.name,
    city: town.name,
    street: `${STREETS[Math.floor(rnd() * STREETS.length)]} ${1 + Math.floor(rnd() * 60)}`,
    postalCode: town.postalCode,
    phone: phone(rnd),
    email: `sekretariat@${slug}.example.pl`,
    website: rnd() < 0.5 ? `https://${slug}.example.pl` : null,
    openingHours: [
      { days: [1], opens: "07:30", closes: "17:00" },
      { days: [2, 3, 4, 5], opens: "07:30", closes: "15:30" },
    ],
    timeZone: ZONE,
  });
  const kinds = [
    ["MOPS", "Miejski Ośrodek Pomocy Społecznej", TOWNS.MOPS],
    ["MGOPS", "Miejsko-Gminny Ośrodek Pomocy Społecznej", TOWNS.MGOPS],
    ["GOPS", "Gminny Ośrodek Pomocy Społecznej", TOWNS.GOPS],
  ] as const;
  for (const [kind, longName, towns] of kinds) {
    for (const town of towns) {
      const slug = `${kind.toLowerCase()}-${slugify(town.name)}`;
      rows.push({ ...common(town, slug), kind, name: `${longName} w ${town.locative}`, shortName: `${kind} ${town.name}` });
    }
  }
  const warsaw: Town = { name: "Warszawa", locative: "Warszawie", postalCode: "00-001" };
  for (const district of WARSAW_DISTRICTS) {
    const slug = `ops-${slugify(district)}`;
    rows.push({
      ...common(warsaw, slug),
      municipality: "m.st. Warszawa",
      district,
      kind: "OPS",
      name: `Ośrodek Pomocy Społecznej Dzielnicy ${district} m.st. Warszawy`,
      shortName: `OPS ${district}`,
    });
  }
  const cities = TOWNS.MOPS.slice(0, 24);
  for (let n = 2; rows.length < count; n++) {
    for (const town of cities) {
      if (rows.length >= count) break;
      const slug = `mops-${slugify(town.name)}-filia-${n}`;
      rows.push({
        ...common(town, slug),
        kind: "BRANCH",
        name: `Filia nr ${n} Miejskiego Ośrodka Pomocy Społecznej w ${town.locative}`,
        shortName: `MOPS ${town.name}, Filia nr ${n}`,
      });
    }
  }
  return rows.slice(0, count);
}

async function insertAll<T>(what: string, rows: T[], insert: (batch: T[]) => Promise<unknown>, summary: SeedSummary) {
  const started = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
  summary.rows[what] = rows.length;
  summary.seconds[what] = (performance.now() - started) / 1000;
}

export async function seedMany(url: string, opts: { centres: number; offersPerCentre: number }): Promise<SeedSummary> {
  if (opts.offersPerCentre > OFFER_CATALOGUE.length) throw new Error(`at most ${OFFER_CATALOGUE.length} offers per centre`);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const started = performance.now();
  const rnd = random(20260101);
  const now = new Date();
  // Sessions from this Monday (the centre page shows the whole week) to the horizon the app keeps;
  // schedules began eight weeks ago, as in the demo data.
  const window = { from: weekRange(now).start, until: addDays(now, HORIZON_WEEKS * 7) };
  const startsOn = dbDate(weekRange(now, -8).monday);

  const centres = centreRows(opts.centres, rnd);
  const venues: Prisma.VenueCreateManyInput[] = [];
  const offers: Prisma.OfferCreateManyInput[] = [];
  const translations: Prisma.OfferTranslationCreateManyInput[] = [];
  const schedules: Prisma.ScheduleCreateManyInput[] = [];
  const sessions: Prisma.SessionCreateManyInput[] = [];
  const summary: SeededCentre[] = [];

  for (const [c, centre] of centres.entries()) {
    const venueId = uuid7();
    venues.push({
      centreId: centre.id,
      id: venueId,
      name: VENUE_NAMES[c % VENUE_NAMES.length],
      street: centre.street,
      postalCode: centre.postalCode,
      city: centre.city,
      district: centre.district,
      stepFreeEntrance: rnd() < 0.7,
      lift: rnd() < 0.3,
      accessibleToilet: rnd() < 0.5,
    });
    // A different choice and order of offers in each centre.
    const chosen = shuffle(OFFER_CATALOGUE, rnd).slice(0, opts.offersPerCentre);
    summary.push({ slug: centre.slug, offers: chosen.map((o) => o.slug) });
    for (const [o, t] of chosen.entries()) {
      const offerId = uuid7();
      offers.push({
        centreId: centre.id,
        id: offerId,
        type: t.type,
        clubKind: t.clubKind,
        programmeKind: t.programmeKind,
        slug: t.slug,
        name: t.name,
        audience: t.audience,
        audiences: t.audiences,
        description: t.description,
        joinMode: t.joinMode ?? "OPEN",
        howToJoin: t.howToJoin,
        contactPhone: centre.phone,
        topic: t.topic,
        defaultVenueId: venueId,
        searchText: foldForSearch(t.name, t.audience, t.description, t.topic),
      });
      // A third of the centres translated their offer's names for Ukrainian and English pages.
      if (c % 3 === 0) {
        translations.push({ centreId: centre.id, offerId, locale: "uk", name: t.uk }, { centreId: centre.id, offerId, locale: "en", name: t.en });
      }
      const first = 1 + ((c + o) % 5);
      const days = rnd() < 0.3 ? [first, first + 2 > 5 ? first - 2 : first + 2].sort() : rnd() < 0.1 ? [6] : [first];
      const rrule = `FREQ=WEEKLY;BYDAY=${days.map((d) => ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][d - 1]).join(",")}`;
      const [start, minutes] = t.at;
      const [h, m] = start.split(":").map(Number);
      const schedule = {
        centreId: centre.id,
        id: uuid7(),
        offerId,
        kind: "RECURRING" as const,
        rrule,
        startsOn,
        endsOn: null,
        startTime: start,
        endTime: hhmm(h * 60 + m + minutes),
        exceptions: [] as Date[],
        venueId,
        leader: null,
      };
      // generatedUntil as materialiseSchedules records it, so the server's start-up job
      // (src/instrumentation.ts) finds nothing to extend and does not skew the measurements.
      schedules.push({ ...schedule, ...derivedScheduleColumns(schedule), generatedUntil: dbDate(localDate(window.until)) });
      const plan: SchedulePlan = { ...schedule, timeZone: ZONE };
      for (const row of sessionRows(plan, window)) sessions.push({ ...row, status: (row.endsAt as Date) < now ? "HELD" : "PLANNED" });
    }
  }

  const result: SeedSummary = { centres: summary, rows: {}, seconds: { rows: (performance.now() - started) / 1000 } };
  try {
    await insertAll("centres", centres, (data) => db.centre.createMany({ data }), result);
    await insertAll("venues", venues, (data) => db.venue.createMany({ data }), result);
    await insertAll("offers", offers, (data) => db.offer.createMany({ data }), result);
    await insertAll("translations", translations, (data) => db.offerTranslation.createMany({ data }), result);
    await insertAll("schedules", schedules, (data) => db.schedule.createMany({ data }), result);
    await insertAll("sessions", sessions, (data) => db.session.createMany({ data }), result);
    // Fresh statistics, as autovacuum would have them on a database that grew over months.
    await db.$executeRawUnsafe("ANALYZE");
  } finally {
    await db.$disconnect();
  }
  return result;
}
