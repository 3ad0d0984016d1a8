// Words of the public feeds (calendar files, the meetings feed) in Polish, Ukrainian and English.
// Kept apart from the site's catalogue because feeds are read outside the site, by calendar apps
// and meeting finders. Every language must have every key: a missing translation does not compile.
import type { Locale } from "@/features/i18n/locales";

type FeedWords = {
  /** X-WR-CALDESC of a centre's calendar. */
  centreCalendar: (centre: string) => string;
  /** X-WR-CALDESC of one offer's calendar. */
  offerCalendar: (offer: string, centre: string) => string;
  cancelled: string;
  cancelledBecause: (reason: string) => string;
  movedFrom: (when: string) => string;
  forWhom: string;
  howToJoin: string;
  joinModes: Record<"OPEN" | "REFERRAL", string>;
  more: string;
  /** Meetings feed: when a schedule is not simply every week. */
  meets: (rule: string) => string;
  from: (date: string) => string;
  until: (date: string) => string;
};

const pl: FeedWords = {
  centreCalendar: (centre) => `Zajęcia i spotkania: ${centre}`,
  offerCalendar: (offer, centre) => `${offer} (${centre})`,
  cancelled: "Odwołane",
  cancelledBecause: (reason) => `Odwołane: ${reason}`,
  movedFrom: (when) => `Przeniesione z terminu ${when}`,
  forWhom: "Dla kogo",
  howToJoin: "Jak dołączyć",
  joinModes: { OPEN: "Otwarte – wystarczy przyjść", REFERRAL: "Ze skierowania pracownika socjalnego" },
  more: "Więcej informacji",
  meets: (rule) => `Spotkania ${rule}`,
  from: (date) => `od ${date}`,
  until: (date) => `do ${date}`,
};

const uk: FeedWords = {
  centreCalendar: (centre) => `Заняття та зустрічі: ${centre}`,
  offerCalendar: (offer, centre) => `${offer} (${centre})`,
  cancelled: "Скасовано",
  cancelledBecause: (reason) => `Скасовано: ${reason}`,
  movedFrom: (when) => `Перенесено з ${when}`,
  forWhom: "Для кого",
  howToJoin: "Як долучитися",
  joinModes: { OPEN: "Відкрито – достатньо прийти", REFERRAL: "За направленням соціального працівника" },
  more: "Докладніше",
  meets: (rule) => `Зустрічі ${rule}`,
  from: (date) => `з ${date}`,
  until: (date) => `до ${date}`,
};

const en: FeedWords = {
  centreCalendar: (centre) => `Activities and meetings: ${centre}`,
  offerCalendar: (offer, centre) => `${offer} (${centre})`,
  cancelled: "Cancelled",
  cancelledBecause: (reason) => `Cancelled: ${reason}`,
  movedFrom: (when) => `Moved from ${when}`,
  forWhom: "Who it is for",
  howToJoin: "How to join",
  joinModes: { OPEN: "Open – just come along", REFERRAL: "Referral by a social worker" },
  more: "More information",
  meets: (rule) => `Meets ${rule}`,
  from: (date) => `from ${date}`,
  until: (date) => `until ${date}`,
};

const CATALOGUE: Record<Locale, FeedWords> = { pl, uk, en };

export function feedWords(locale: Locale): FeedWords {
  return CATALOGUE[locale];
}
