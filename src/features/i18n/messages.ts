// Interface strings of the public pages in Polish, Ukrainian and English. Polish is the source; the
// other catalogues must have the same shape (a missing or extra key does not compile). Staff-written
// content (offer names, descriptions) is translated by the centre itself (OfferTranslation).
import type { Audience, CentreKind, ClubKind, OfferType, ProgrammeKind } from "@/generated/prisma/enums";
import type { Locale } from "./locales";

type Catalogue = {
  site: {
    name: string;
    staffLogin: string;
    skipToContent: string;
    language: string;
    display: string;
    largerText: string;
    highContrast: string;
    accessibilityStatement: string;
    home: string;
  };
  home: {
    title: string;
    intro: string;
    centres: string;
    allCentres: string;
  };
  search: {
    heading: string;
    text: string;
    textHint: string;
    place: string;
    placeHint: string;
    kind: string;
    weekday: string;
    timeOfDay: string;
    audience: string;
    join: string;
    any: string;
    submit: string;
    clear: string;
    view: string;
    listView: string;
    weekView: string;
    found: (n: number) => string;
    noResults: string;
    nextMeetings: string;
    noMeetings: string;
    filtersApplied: string;
    previousPage: string;
    nextPage: string;
    pageOf: (page: number, pages: number) => string;
    results: string;
  };
  kinds: Record<OfferKindFilter, string>;
  times: Record<"morning" | "afternoon" | "evening", string>;
  joinModes: Record<"OPEN" | "REFERRAL", string>;
  audiences: Record<Audience, string>;
  weekdays: [string, string, string, string, string, string, string];
  centreKinds: Record<CentreKind, string>;
  offerTypes: Record<OfferType, string>;
  clubKinds: Record<ClubKind, string>;
  programmeKinds: Record<ProgrammeKind, string>;
  groupLabel: string;
  centre: {
    contact: string;
    phone: string;
    openingHours: string;
    closed: string;
    askByPhone: string;
    offer: string;
    noOffer: string;
    thisWeek: string;
    nothingThisWeek: string;
    printWeek: string;
    calendar: string;
    calendarHint: string;
  };
  offer: {
    forWhom: string;
    what: string;
    when: string;
    where: string;
    howToJoin: string;
    joinOpen: string;
    joinReferral: string;
    contact: string;
    accessibility: string;
    stepFree: string;
    lift: string;
    accessibleToilet: string;
    map: string;
    nextDates: string;
    noDates: string;
    cancelled: string;
    movedFrom: string;
    irregular: string;
    partOf: string;
    programme: string;
    goals: string;
    activities: string;
    targetGroup: string;
    area: string;
    partners: string;
    specialists: string;
    period: string;
    addToCalendar: string;
    calendarDownload: string;
    calendarSubscribe: string;
    calendarGoogle: string;
    calendarOutlook: string;
    centre: string;
  };
  print: {
    title: string;
    printButton: string;
  };
  notFound: {
    title: string;
    body: string;
    back: string;
  };
};

export type OfferKindFilter = "groups" | "seniors" | "mothers" | "youth" | "families" | "volunteering" | "kis" | "programmes";

const pl: Catalogue = {
  site: {
    name: "Razem",
    staffLogin: "Logowanie dla pracowników",
    skipToContent: "Przejdź do treści",
    language: "Język",
    display: "Wygląd strony",
    largerText: "Większy tekst",
    highContrast: "Wysoki kontrast",
    accessibilityStatement: "Deklaracja dostępności",
    home: "Strona główna",
  },
  home: {
    title: "Co się dzieje w ośrodkach pomocy społecznej",
    intro: "Kluby, grupy wsparcia i programy otwarte dla mieszkańców. Znajdź spotkanie dla siebie lub bliskiej osoby.",
    centres: "Ośrodki",
    allCentres: "Wszystkie ośrodki",
  },
  search: {
    heading: "Szukaj zajęć i spotkań",
    text: "Czego szukasz?",
    textHint: "Na przykład: seniorzy, rodzice, onkologia, wolontariat",
    place: "Miejscowość lub dzielnica",
    placeHint: "Na przykład: Białołęka, Wejherowo",
    kind: "Rodzaj",
    weekday: "Dzień tygodnia",
    timeOfDay: "Pora dnia",
    audience: "Dla kogo",
    join: "Jak dołączyć",
    any: "Dowolnie",
    submit: "Szukaj",
    clear: "Wyczyść filtry",
    view: "Widok",
    listView: "Lista",
    weekView: "Tydzień",
    found: (n) =>
      n === 1
        ? "Znaleziono 1 propozycję"
        : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20)
          ? `Znaleziono ${n} propozycje`
          : `Znaleziono ${n} propozycji`,
    noResults: "Nic nie znaleziono. Spróbuj usunąć któryś z filtrów.",
    nextMeetings: "Najbliższe spotkania",
    noMeetings: "W najbliższych dniach nie ma zaplanowanych spotkań.",
    filtersApplied: "Wybrane filtry",
    previousPage: "Poprzednia strona",
    nextPage: "Następna strona",
    pageOf: (page, pages) => `Strona ${page} z ${pages}`,
    results: "Wyniki wyszukiwania",
  },
  kinds: {
    groups: "Grupy wsparcia i samopomocowe",
    seniors: "Dla seniorów",
    mothers: "Dla mam z małymi dziećmi",
    youth: "Dla młodzieży",
    families: "Dla rodzin",
    volunteering: "Wolontariat",
    kis: "Klub Integracji Społecznej",
    programmes: "Programy i projekty",
  },
  times: { morning: "Rano (do 12:00)", afternoon: "Po południu (12:00–17:00)", evening: "Wieczorem (od 17:00)" },
  joinModes: { OPEN: "Otwarte – wystarczy przyjść", REFERRAL: "Ze skierowania pracownika socjalnego" },
  audiences: {
    SENIORS: "Seniorzy",
    PARENTS: "Rodzice i opiekunowie",
    CHILDREN_YOUTH: "Dzieci i młodzież",
    DISABILITY: "Osoby z niepełnosprawnością",
    FAMILIES: "Rodziny",
    JOB_SEEKERS: "Osoby szukające pracy",
    NEWCOMERS: "Osoby, które niedawno przyjechały do Polski",
    EVERYONE: "Wszyscy mieszkańcy",
  },
  weekdays: ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
  centreKinds: {
    OPS: "Ośrodek Pomocy Społecznej",
    MOPS: "Miejski Ośrodek Pomocy Społecznej",
    MGOPS: "Miejsko-Gminny Ośrodek Pomocy Społecznej",
    GOPS: "Gminny Ośrodek Pomocy Społecznej",
    BRANCH: "Filia ośrodka pomocy społecznej",
  },
  offerTypes: { CLUB: "Kluby", GROUP: "Grupy wsparcia i samopomocowe", PROGRAMME: "Programy i projekty" },
  clubKinds: {
    KIS: "Klub Integracji Społecznej",
    SENIOR_CLUB: "Klub seniora",
    MOTHERS_CLUB: "Klub dla mam z dziećmi",
    VOLUNTEER_CLUB: "Klub wolontariusza",
    YOUTH_CLUB: "Klub młodzieżowy",
    FAMILY_CLUB: "Klub rodziny",
    OTHER: "Klub",
  },
  programmeKinds: { PROGRAMME: "Program", SOCIAL_PROJECT: "Projekt socjalny", LOCAL_ACTIVITY: "Program Aktywności Lokalnej" },
  groupLabel: "Grupa",
  centre: {
    contact: "Kontakt",
    phone: "tel.",
    openingHours: "Godziny otwarcia",
    closed: "nieczynne",
    askByPhone: "Godziny otwarcia: zapytaj telefonicznie.",
    offer: "Oferta",
    noOffer: "Ośrodek nie opublikował jeszcze swojej oferty.",
    thisWeek: "W tym tygodniu",
    nothingThisWeek: "W tym tygodniu nie zaplanowano spotkań.",
    printWeek: "Plan tygodnia do wydruku",
    calendar: "Kalendarz ośrodka",
    calendarHint: "Dodaj do Google, Outlook lub kalendarza w telefonie, aby widzieć spotkania i odwołania.",
  },
  offer: {
    forWhom: "Dla kogo",
    what: "Co się dzieje",
    when: "Kiedy",
    where: "Gdzie",
    howToJoin: "Jak dołączyć",
    joinOpen: "Wystarczy przyjść, spotkania są otwarte.",
    joinReferral: "Przez skierowanie pracownika socjalnego ośrodka.",
    contact: "Kontakt",
    accessibility: "Dostępność",
    stepFree: "wejście bez schodów",
    lift: "winda",
    accessibleToilet: "toaleta dla osób z niepełnosprawnością",
    map: "Pokaż na mapie",
    nextDates: "Najbliższe terminy",
    noDates: "Brak zaplanowanych terminów. Zapytaj w ośrodku.",
    cancelled: "Odwołane",
    movedFrom: "przeniesione z",
    irregular: "nieregularnie, w zależności od potrzeb",
    partOf: "Część programu",
    programme: "O programie",
    goals: "Cele",
    activities: "Działania",
    targetGroup: "Grupa docelowa",
    area: "Obszar",
    partners: "Partnerzy",
    specialists: "Zapraszani specjaliści",
    period: "Okres realizacji",
    addToCalendar: "Dodaj do kalendarza",
    calendarDownload: "Pobierz plik kalendarza (.ics)",
    calendarSubscribe: "Subskrybuj w kalendarzu Apple lub Outlook",
    calendarGoogle: "Dodaj do Kalendarza Google",
    calendarOutlook: "Dodaj do Outlook.com",
    centre: "Prowadzi",
  },
  print: { title: "Plan spotkań na tydzień", printButton: "Drukuj" },
  notFound: {
    title: "Nie znaleziono strony",
    body: "Sprawdź adres albo wróć na stronę główną.",
    back: "Strona główna",
  },
};

const uk: Catalogue = {
  site: {
    name: "Razem",
    staffLogin: "Вхід для працівників",
    skipToContent: "Перейти до змісту",
    language: "Мова",
    display: "Вигляд сторінки",
    largerText: "Більший текст",
    highContrast: "Високий контраст",
    accessibilityStatement: "Декларація доступності",
    home: "Головна сторінка",
  },
  home: {
    title: "Що відбувається в центрах соціальної допомоги",
    intro: "Клуби, групи підтримки та програми, відкриті для мешканців. Знайдіть зустріч для себе чи близької людини.",
    centres: "Центри",
    allCentres: "Усі центри",
  },
  search: {
    heading: "Пошук занять і зустрічей",
    text: "Що ви шукаєте?",
    textHint: "Наприклад: сеньйори, батьки, онкологія, волонтерство",
    place: "Місто або район",
    placeHint: "Наприклад: Бялоленка, Вейгерово",
    kind: "Вид",
    weekday: "День тижня",
    timeOfDay: "Час дня",
    audience: "Для кого",
    join: "Як долучитися",
    any: "Будь-який",
    submit: "Шукати",
    clear: "Очистити фільтри",
    view: "Вигляд",
    listView: "Список",
    weekView: "Тиждень",
    found: (n) => {
      const ten = n % 10;
      const hundred = n % 100;
      if (ten === 1 && hundred !== 11) return `Знайдено ${n} пропозицію`;
      if (ten >= 2 && ten <= 4 && (hundred < 10 || hundred >= 20)) return `Знайдено ${n} пропозиції`;
      return `Знайдено ${n} пропозицій`;
    },
    noResults: "Нічого не знайдено. Спробуйте прибрати один із фільтрів.",
    nextMeetings: "Найближчі зустрічі",
    noMeetings: "Найближчими днями зустрічей не заплановано.",
    filtersApplied: "Вибрані фільтри",
    previousPage: "Попередня сторінка",
    nextPage: "Наступна сторінка",
    pageOf: (page, pages) => `Сторінка ${page} з ${pages}`,
    results: "Результати пошуку",
  },
  kinds: {
    groups: "Групи підтримки та самодопомоги",
    seniors: "Для сеньйорів",
    mothers: "Для мам із маленькими дітьми",
    youth: "Для молоді",
    families: "Для сімей",
    volunteering: "Волонтерство",
    kis: "Клуб соціальної інтеграції",
    programmes: "Програми та проєкти",
  },
  times: { morning: "Зранку (до 12:00)", afternoon: "Удень (12:00–17:00)", evening: "Увечері (від 17:00)" },
  joinModes: { OPEN: "Відкрито – достатньо прийти", REFERRAL: "За направленням соціального працівника" },
  audiences: {
    SENIORS: "Сеньйори",
    PARENTS: "Батьки та опікуни",
    CHILDREN_YOUTH: "Діти та молодь",
    DISABILITY: "Люди з інвалідністю",
    FAMILIES: "Сім'ї",
    JOB_SEEKERS: "Ті, хто шукає роботу",
    NEWCOMERS: "Ті, хто нещодавно приїхав до Польщі",
    EVERYONE: "Усі мешканці",
  },
  weekdays: ["понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя"],
  centreKinds: {
    OPS: "Центр соціальної допомоги",
    MOPS: "Міський центр соціальної допомоги",
    MGOPS: "Місько-гмінний центр соціальної допомоги",
    GOPS: "Гмінний центр соціальної допомоги",
    BRANCH: "Філія центру соціальної допомоги",
  },
  offerTypes: { CLUB: "Клуби", GROUP: "Групи підтримки та самодопомоги", PROGRAMME: "Програми та проєкти" },
  clubKinds: {
    KIS: "Клуб соціальної інтеграції",
    SENIOR_CLUB: "Клуб сеньйорів",
    MOTHERS_CLUB: "Клуб для мам із дітьми",
    VOLUNTEER_CLUB: "Клуб волонтерів",
    YOUTH_CLUB: "Молодіжний клуб",
    FAMILY_CLUB: "Сімейний клуб",
    OTHER: "Клуб",
  },
  programmeKinds: { PROGRAMME: "Програма", SOCIAL_PROJECT: "Соціальний проєкт", LOCAL_ACTIVITY: "Програма місцевої активності" },
  groupLabel: "Група",
  centre: {
    contact: "Контакти",
    phone: "тел.",
    openingHours: "Години роботи",
    closed: "зачинено",
    askByPhone: "Години роботи: уточніть телефоном.",
    offer: "Пропозиції",
    noOffer: "Центр ще не опублікував своїх пропозицій.",
    thisWeek: "Цього тижня",
    nothingThisWeek: "Цього тижня зустрічей не заплановано.",
    printWeek: "План тижня для друку",
    calendar: "Календар центру",
    calendarHint: "Додайте до Google, Outlook або календаря в телефоні, щоб бачити зустрічі та скасування.",
  },
  offer: {
    forWhom: "Для кого",
    what: "Що відбувається",
    when: "Коли",
    where: "Де",
    howToJoin: "Як долучитися",
    joinOpen: "Достатньо прийти, зустрічі відкриті.",
    joinReferral: "За направленням соціального працівника центру.",
    contact: "Контакти",
    accessibility: "Доступність",
    stepFree: "вхід без сходів",
    lift: "ліфт",
    accessibleToilet: "туалет для людей з інвалідністю",
    map: "Показати на мапі",
    nextDates: "Найближчі дати",
    noDates: "Дат не заплановано. Запитайте в центрі.",
    cancelled: "Скасовано",
    movedFrom: "перенесено з",
    irregular: "нерегулярно, за потреби",
    partOf: "Частина програми",
    programme: "Про програму",
    goals: "Цілі",
    activities: "Діяльність",
    targetGroup: "Цільова група",
    area: "Територія",
    partners: "Партнери",
    specialists: "Запрошені фахівці",
    period: "Період реалізації",
    addToCalendar: "Додати до календаря",
    calendarDownload: "Завантажити файл календаря (.ics)",
    calendarSubscribe: "Підписатися в календарі Apple або Outlook",
    calendarGoogle: "Додати до Google Календаря",
    calendarOutlook: "Додати до Outlook.com",
    centre: "Проводить",
  },
  print: { title: "План зустрічей на тиждень", printButton: "Друкувати" },
  notFound: {
    title: "Сторінку не знайдено",
    body: "Перевірте адресу або поверніться на головну сторінку.",
    back: "Головна сторінка",
  },
};

const en: Catalogue = {
  site: {
    name: "Razem",
    staffLogin: "Staff sign-in",
    skipToContent: "Skip to content",
    language: "Language",
    display: "Display",
    largerText: "Larger text",
    highContrast: "High contrast",
    accessibilityStatement: "Accessibility statement",
    home: "Home",
  },
  home: {
    title: "What's on at social welfare centres",
    intro: "Clubs, support groups and programmes open to residents. Find a meeting for yourself or someone close to you.",
    centres: "Centres",
    allCentres: "All centres",
  },
  search: {
    heading: "Find activities and meetings",
    text: "What are you looking for?",
    textHint: "For example: seniors, parents, cancer, volunteering",
    place: "Town or district",
    placeHint: "For example: Białołęka, Wejherowo",
    kind: "Kind",
    weekday: "Day of the week",
    timeOfDay: "Time of day",
    audience: "Who it is for",
    join: "How to join",
    any: "Any",
    submit: "Search",
    clear: "Clear filters",
    view: "View",
    listView: "List",
    weekView: "Week",
    found: (n) => (n === 1 ? "1 result" : `${n} results`),
    noResults: "Nothing found. Try removing one of the filters.",
    nextMeetings: "Next meetings",
    noMeetings: "No meetings are planned in the next few days.",
    filtersApplied: "Filters applied",
    previousPage: "Previous page",
    nextPage: "Next page",
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    results: "Search results",
  },
  kinds: {
    groups: "Support and self-help groups",
    seniors: "For seniors",
    mothers: "For mothers with small children",
    youth: "For young people",
    families: "For families",
    volunteering: "Volunteering",
    kis: "Social Integration Club",
    programmes: "Programmes and projects",
  },
  times: { morning: "Morning (before 12:00)", afternoon: "Afternoon (12:00–17:00)", evening: "Evening (from 17:00)" },
  joinModes: { OPEN: "Open – just come along", REFERRAL: "Referral by a social worker" },
  audiences: {
    SENIORS: "Seniors",
    PARENTS: "Parents and carers",
    CHILDREN_YOUTH: "Children and young people",
    DISABILITY: "People with disabilities",
    FAMILIES: "Families",
    JOB_SEEKERS: "People looking for work",
    NEWCOMERS: "People new to Poland",
    EVERYONE: "All residents",
  },
  weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  centreKinds: {
    OPS: "Social Welfare Centre",
    MOPS: "Municipal Social Welfare Centre",
    MGOPS: "Town and Municipal Social Welfare Centre",
    GOPS: "Rural Municipality Social Welfare Centre",
    BRANCH: "Social Welfare Centre branch",
  },
  offerTypes: { CLUB: "Clubs", GROUP: "Support and self-help groups", PROGRAMME: "Programmes and projects" },
  clubKinds: {
    KIS: "Social Integration Club",
    SENIOR_CLUB: "Seniors' club",
    MOTHERS_CLUB: "Club for mothers with children",
    VOLUNTEER_CLUB: "Volunteers' club",
    YOUTH_CLUB: "Youth club",
    FAMILY_CLUB: "Family club",
    OTHER: "Club",
  },
  programmeKinds: { PROGRAMME: "Programme", SOCIAL_PROJECT: "Social project", LOCAL_ACTIVITY: "Local Activity Programme" },
  groupLabel: "Group",
  centre: {
    contact: "Contact",
    phone: "phone",
    openingHours: "Opening hours",
    closed: "closed",
    askByPhone: "Opening hours: please ask by phone.",
    offer: "What's on",
    noOffer: "The centre has not published its activities yet.",
    thisWeek: "This week",
    nothingThisWeek: "No meetings are planned this week.",
    printWeek: "Printable weekly schedule",
    calendar: "Centre calendar",
    calendarHint: "Add it to Google, Outlook or your phone's calendar to see meetings and cancellations.",
  },
  offer: {
    forWhom: "Who it is for",
    what: "What happens",
    when: "When",
    where: "Where",
    howToJoin: "How to join",
    joinOpen: "Just come along, the meetings are open.",
    joinReferral: "By referral from a social worker at the centre.",
    contact: "Contact",
    accessibility: "Accessibility",
    stepFree: "step-free entrance",
    lift: "lift",
    accessibleToilet: "accessible toilet",
    map: "Show on a map",
    nextDates: "Next dates",
    noDates: "No dates are planned. Please ask at the centre.",
    cancelled: "Cancelled",
    movedFrom: "moved from",
    irregular: "irregularly, as needed",
    partOf: "Part of the programme",
    programme: "About the programme",
    goals: "Goals",
    activities: "Activities",
    targetGroup: "Target group",
    area: "Area",
    partners: "Partners",
    specialists: "Invited specialists",
    period: "Period",
    addToCalendar: "Add to calendar",
    calendarDownload: "Download the calendar file (.ics)",
    calendarSubscribe: "Subscribe in Apple Calendar or Outlook",
    calendarGoogle: "Add to Google Calendar",
    calendarOutlook: "Add to Outlook.com",
    centre: "Run by",
  },
  print: { title: "Weekly schedule of meetings", printButton: "Print" },
  notFound: {
    title: "Page not found",
    body: "Check the address or go back to the home page.",
    back: "Home",
  },
};

const catalogues: Record<Locale, Catalogue> = { pl, uk, en };

export function messages(locale: Locale): Catalogue {
  return catalogues[locale];
}

export type Messages = Catalogue;
