// MGOPS w Lubsku: the Klub Integracji Społecznej, edition VI in two cycles (in the source
// April–June and September–October), 18 places, twice a week 9:00–15:00 at ul. 3 Maja 1, a group of
// women; 17 completed the first cycle, 5 of them found work and 3 new women joined the second;
// psychologist, dietitian, IT and creativity workshops, paramedic, cosmetician, police officer,
// career advisor; cinema, bowling, pizza and a family picnic by the Karaś lake
// (seeds/004_8b4080b40f068ab0.txt). Here the cycles are placed so that the second runs now.
import type { CentreSpec, ContractSpec, DemoDates, KisEditionSpec, ParticipantSpec } from "../spec";

const WOMEN: [string, string, number][] = [
  ["Agnieszka", "Testowa", 1978],
  ["Barbara", "Próbna", 1969],
  ["Celina", "Fikcyjna", 1985],
  ["Danuta", "Zmyślona", 1966],
  ["Elżbieta", "Przykładowa", 1972],
  ["Ewelina", "Demonstracyjna", 1991],
  ["Grażyna", "Wzorcowa", 1964],
  ["Halina", "Umowna", 1970],
  ["Iwona", "Wymyślona", 1988],
  ["Jolanta", "Nieprawdziwa", 1975],
  ["Katarzyna", "Symulowana", 1983],
  ["Lucyna", "Szkoleniowa", 1980],
  ["Łucja", "Ćwiczebna", 1993],
  ["Magdalena", "Modelowa", 1987],
  ["Małgorzata", "Pokazowa", 1968],
  ["Natalia", "Hipotetyczna", 1995],
  ["Olga", "Wirtualna", 1977],
  ["Renata", "Makietowa", 1973],
  ["Sylwia", "Zastępcza", 1989],
  ["Teresa", "Udawana", 1962],
  ["Urszula", "Nibyska", 1981],
  ["Wanda", "Przymiarkowa", 1976],
  ["Zofia", "Zapasowa", 1990],
  ["Alicja", "Rezerwowa", 1984],
  ["Beata", "Tymczasowa", 1971],
];

const WORKERS = ["pracownik@mgops-lubsko.razem.test", "pracownik2@mgops-lubsko.razem.test"];

/**
 * Every KIS participant carries out a kontrakt socjalny (variant B: the labour market). The five who
 * found work after the first cycle have completed theirs.
 */
function contract(d: DemoDates, i: number): ContractSpec {
  const foundWork = i < 5;
  return {
    variant: "B",
    status: foundWork ? "COMPLETED" : "ACTIVE",
    periodStart: d.week(-35),
    periodEnd: foundWork ? d.week(-20) : d.week(6),
    place: "Lubsko",
    causes: "Długotrwałe bezrobocie, nieaktualne kwalifikacje zawodowe, trudność w godzeniu pracy z opieką nad dziećmi.",
    resources: "Gotowość do zmiany, doświadczenie w pracy w handlu i usługach, wsparcie rodziny w opiece nad dziećmi.",
    limitations: "Brak prawa jazdy i słaby dojazd do zakładów pracy poza Lubskiem.",
    mainGoal: "Powrót na rynek pracy i usamodzielnienie się.",
    goals: ["Regularny udział w zajęciach Klubu Integracji Społecznej", "Przygotowanie dokumentów aplikacyjnych i aktywne poszukiwanie pracy"],
    actions: [
      { description: "Udział w zajęciach KIS dwa razy w tygodniu", responsible: "CLIENT", deadline: d.week(3, 4), goal: 0 },
      { description: "Skierowanie do KIS i comiesięczne omawianie postępów", responsible: "SOCIAL_WORKER", deadline: d.week(3, 4), goal: 0 },
      { description: "Przygotowanie CV i listu motywacyjnego z doradcą zawodowym", responsible: "CLIENT", deadline: d.week(-24), goal: 1 },
      {
        description: "Przedstawienie ofert pracy i staży",
        responsible: "INSTITUTION",
        responsibleName: "Powiatowy Urząd Pracy w Żarach",
        deadline: d.week(4),
        goal: 1,
      },
    ],
    labourOfficeReferral: "Powiatowy Urząd Pracy w Żarach, osoba długotrwale bezrobotna, III profil pomocy.",
    nextEvaluationOn: foundWork ? undefined : i % 4 === 1 ? d.week(0, 3) : d.week(2, 1),
  };
}

function participants(d: DemoDates): ParticipantSpec[] {
  return WOMEN.map(([firstName, lastName, birthYear], i) => ({
    key: `w${i + 1}`,
    firstName,
    lastName,
    birthYear,
    sex: "FEMALE",
    phone: `600 100 ${String(100 + i).padStart(3, "0")}`,
    groups: i % 7 === 3 ? ["LONG_TERM_UNEMPLOYED", "DISABILITY"] : i % 9 === 5 ? ["ALCOHOL_ADDICTION"] : ["LONG_TERM_UNEMPLOYED"],
    socialWorker: WORKERS[i % 2],
    contract: contract(d, i),
  }));
}

function edition(d: DemoDates): KisEditionSpec {
  const cycle1 = { startsOn: d.week(-33), endsOn: d.week(-21, 4) };
  const cycle2 = { startsOn: d.week(-9), endsOn: d.week(3, 4) };
  const whole = (i: number) => `w${i}`;
  return {
    offer: "kis",
    number: 6,
    capacity: 18,
    status: "RUNNING",
    cycles: [
      {
        ...cycle1,
        rrule: "FREQ=WEEKLY;BYDAY=TU,TH",
        startTime: "09:00",
        endTime: "15:00",
        venue: "siedziba",
        topics: [
          { topic: "Trening umiejętności psychospołecznych", leader: "psycholog" },
          { topic: "Zdrowe żywienie za niewielkie pieniądze", leader: "dietetyk" },
          { topic: "Pierwsza pomoc w domu", leader: "ratownik medyczny" },
          { topic: "Dbałość o wizerunek", leader: "kosmetyczka" },
          { topic: "Bezpieczeństwo w domu i w sieci", leader: "policjant" },
          { topic: "Zajęcia manualne", leader: "instruktorka terapii zajęciowej" },
        ],
      },
      {
        ...cycle2,
        rrule: "FREQ=WEEKLY;BYDAY=TU,TH",
        startTime: "09:00",
        endTime: "15:00",
        venue: "siedziba",
        topics: [
          { topic: "Radzenie sobie ze stresem", leader: "psycholog" },
          { topic: "Planowanie posiłków", leader: "dietetyk" },
          { topic: "Komputer i internet w poszukiwaniu pracy", leader: "informatyk" },
          { topic: "Warsztaty kreatywności", leader: "animatorka Artystycznej Akademii Kreatywnego Myślenia" },
          { topic: "Rozmowa kwalifikacyjna i CV", leader: "doradca zawodowy" },
        ],
      },
    ],
    team: [
      {
        name: "Irena Klubowa",
        function: "specjalista pracy socjalnej, koordynatorka KIS",
        basis: "umowa o pracę",
        fte: 0.5,
        staffEmail: "koordynator@mgops-lubsko.razem.test",
      },
      {
        name: "Katarzyna Terenowa",
        function: "specjalista pracy socjalnej",
        basis: "umowa o pracę",
        fte: 0.25,
        staffEmail: "pracownik@mgops-lubsko.razem.test",
      },
      { name: "Bożena Rejonowa", function: "pracownik socjalny", basis: "umowa o pracę", fte: 0.25, staffEmail: "pracownik2@mgops-lubsko.razem.test" },
      { name: "Piotr Spokojny", function: "psycholog", basis: "umowa zlecenie", fte: 0.1 },
      { name: "Dagmara Zdrowa", function: "dietetyk", basis: "umowa zlecenie", fte: 0.05 },
    ],
    events: [
      { date: d.week(-28, 3), startTime: "17:00", endTime: "19:30", topic: "Wyjście do kina", venue: "kino" },
      { date: d.week(-25, 2), startTime: "16:00", endTime: "18:00", topic: "Kręgielnia", venue: "kregielnia" },
      { date: d.week(-22, 4), startTime: "13:00", endTime: "15:00", topic: "Wspólne wyjście na pizzę", venue: "siedziba" },
      { date: d.week(-17, 5), startTime: "11:00", endTime: "16:00", topic: "Integracyjny Piknik Rodzinny nad zalewem Karaś", venue: "karas" },
      {
        date: d.week(3, 4),
        startTime: "10:00",
        endTime: "13:00",
        topic: "Zabawa z dziećmi uczestniczek w Artystycznej Akademii Kreatywnego Myślenia",
        venue: "siedziba",
      },
    ],
    enrolments: [
      // Seventeen women completed the first cycle; five of them found work and do not continue.
      ...[1, 2, 3, 4, 5].map((i) => ({
        participant: whole(i),
        status: "COMPLETED" as const,
        periodStart: cycle1.startsOn,
        periodEnd: cycle1.endsOn,
        leftOn: cycle1.endsOn,
        leaveReason: "FOUND_WORK" as const,
        outcome: { kind: "EMPLOYMENT" as const, on: d.week(-19) },
      })),
      // Twelve continue into the second cycle.
      ...[6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17].map((i) => ({
        participant: whole(i),
        status: "ENROLLED" as const,
        periodStart: cycle1.startsOn,
        periodEnd: cycle2.endsOn,
      })),
      // Three new women joined for the second cycle.
      ...[18, 19, 20].map((i) => ({ participant: whole(i), status: "ENROLLED" as const, periodStart: cycle2.startsOn, periodEnd: cycle2.endsOn })),
      // Fresh referrals from the social workers, waiting for the coordinator: more than the three free places.
      ...[21, 22, 23, 24, 25].map((i) => ({ participant: whole(i), status: "REFERRED" as const, periodStart: d.week(1), periodEnd: cycle2.endsOn })),
    ],
  };
}

export default function lubsko(d: DemoDates): CentreSpec {
  return {
    centre: {
      slug: "mgops-lubsko",
      kind: "MGOPS",
      name: "Miejsko-Gminny Ośrodek Pomocy Społecznej w Lubsku",
      shortName: "MGOPS Lubsko",
      municipality: "Lubsko",
      street: "ul. 3 Maja 1",
      postalCode: "68-300",
      city: "Lubsko",
      email: "kis@mgops-lubsko.razem.test",
      openingHours: [{ days: [1, 2, 3, 4, 5], opens: "07:30", closes: "15:30" }],
    },
    venues: [
      { key: "siedziba", name: "Budynek MGOPS", street: "ul. 3 Maja 1", postalCode: "68-300", city: "Lubsko", stepFreeEntrance: true, accessibleToilet: true },
      {
        key: "karas",
        name: "Zalew Karaś",
        street: "ul. Sportowa",
        postalCode: "68-300",
        city: "Lubsko",
        accessibilityNotes: "Teren zielony; dojazd utwardzoną drogą.",
      },
      { key: "kino", name: "Kino w Lubskim Domu Kultury", street: "ul. Mickiewicza 2", postalCode: "68-300", city: "Lubsko" },
      { key: "kregielnia", name: "Kręgielnia", street: "ul. Kopernika 5", postalCode: "68-300", city: "Lubsko" },
    ],
    offers: [
      {
        key: "kis",
        slug: "klub-integracji-spolecznej",
        name: "Klub Integracji Społecznej",
        type: "CLUB",
        clubKind: "KIS",
        audience: "Osoby długotrwale bezrobotne i bierne zawodowo, korzystające ze świadczeń pomocy społecznej",
        description:
          "Reintegracja społeczna i zawodowa osób zagrożonych wykluczeniem społecznym: zajęcia z psychologiem, dietetykiem, ratownikiem medycznym, kosmetyczką, doradcą zawodowym, spotkanie z policjantem, zajęcia manualne, wyjścia integracyjne. Każdy uczestnik po ukończeniu programu otrzymuje zaświadczenie.",
        joinMode: "REFERRAL",
        howToJoin:
          "Do klubu kierują pracownicy socjalni MGOPS, po wyrażeniu dobrowolnej zgody. Warunkiem udziału jest realizacja kontraktu socjalnego; okres uczestnictwa ustala się indywidualnie.",
        venue: "siedziba",
      },
    ],
    staff: [
      { email: "admin@mgops-lubsko.razem.test", name: "Adam Administrujący", role: "ADMIN" },
      { email: "koordynator@mgops-lubsko.razem.test", name: "Irena Klubowa", role: "COORDINATOR" },
      { email: "pracownik@mgops-lubsko.razem.test", name: "Katarzyna Terenowa", role: "SOCIAL_WORKER" },
      { email: "pracownik2@mgops-lubsko.razem.test", name: "Bożena Rejonowa", role: "SOCIAL_WORKER" },
      { email: "wolontariusz@mgops-lubsko.razem.test", name: "Wojciech Życzliwy", role: "VOLUNTEER" },
      { email: "dwa.osrodki@razem.test", name: "Dorota Dwuetatowa", role: "COORDINATOR" },
    ],
    participants: participants(d),
    kis: [edition(d)],
    volunteers: [
      {
        firstName: "Wojciech",
        sex: "MALE",
        lastName: "Życzliwy",
        birthYear: 1984,
        skills: ["fotografia", "obsługa komputera"],
        account: "wolontariusz@mgops-lubsko.razem.test",
      },
    ],
  };
}
