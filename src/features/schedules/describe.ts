// A schedule in words a resident understands, in Polish, Ukrainian or English:
// "w każdy poniedziałek, 16:30–18:00", "щосереди, 10:00–12:00", "on the first Thursday of the month".
// Handles the rules the schedule form creates (see rule.ts); anything else is still described
// honestly as "regularly".
import type { Locale } from "@/features/i18n/locales";
import { fromRrule, type IsoWeekday, type Nth } from "./rule";

type Words = {
  /** "every Monday" for each weekday (index 0 = Monday). */
  every: string[];
  /** Several weekdays, every week: "on Tuesdays and Thursdays". */
  onDays: (days: IsoWeekday[]) => string;
  /** Every n weeks on these days. */
  everyNWeeks: (n: number, days: IsoWeekday[]) => string;
  /** Monthly on the n-th weekday. */
  monthly: (nth: Nth, day: IsoWeekday) => string;
  regularly: string;
  irregular: string;
};

const and = (words: string[], conj: string) => (words.length < 2 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} ${conj} ${words.at(-1)}`);
const pick = (table: string[], days: IsoWeekday[]) => days.map((d) => table[d - 1]);

const PL_PLURAL = ["poniedziałki", "wtorki", "środy", "czwartki", "piątki", "soboty", "niedziele"];
const PL_ACCUSATIVE = ["poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę"];
const PL_FEMININE = new Set<IsoWeekday>([3, 6, 7]);
/** "w" becomes "we" before w- or f- followed by a consonant: "we wtorki", "we wtorek". */
const plIn = (word: string) => (/^[wf][^aąeęioóuy]/i.test(word) ? "we" : "w");
const plWeeks = (n: number) => (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? "tygodnie" : "tygodni");

const UK_LOCATIVE_PLURAL = ["понеділках", "вівторках", "середах", "четвергах", "п'ятницях", "суботах", "неділях"];
const UK_ACCUSATIVE = ["понеділок", "вівторок", "середу", "четвер", "п'ятницю", "суботу", "неділю"];
const UK_FEMININE = new Set<IsoWeekday>([3, 5, 6, 7]);
const ukWeeks = (n: number) => {
  const ten = n % 10;
  const hundred = n % 100;
  return ten >= 2 && ten <= 4 && (hundred < 10 || hundred >= 20) ? "тижні" : "тижнів";
};

const EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const EN_NTH: Record<number, string> = { 1: "first", 2: "second", 3: "third", 4: "fourth", [-1]: "last" };

const WORDS: Record<Locale, Words> = {
  pl: {
    every: ["w każdy poniedziałek", "w każdy wtorek", "w każdą środę", "w każdy czwartek", "w każdy piątek", "w każdą sobotę", "w każdą niedzielę"],
    onDays: (days) => {
      const words = pick(PL_PLURAL, days);
      return `${plIn(words[0])} ${and(words, "i")}`;
    },
    everyNWeeks: (n, days) => {
      const words = pick(PL_ACCUSATIVE, days);
      return `co ${n} ${plWeeks(n)} ${plIn(words[0])} ${and(words, "i")}`;
    },
    monthly: (nth, day) => {
      const ordinal = (
        PL_FEMININE.has(day)
          ? { 1: "pierwszą", 2: "drugą", 3: "trzecią", 4: "czwartą", [-1]: "ostatnią" }
          : { 1: "pierwszy", 2: "drugi", 3: "trzeci", 4: "czwarty", [-1]: "ostatni" }
      )[nth];
      return `w ${ordinal} ${PL_ACCUSATIVE[day - 1]} miesiąca`;
    },
    regularly: "regularnie",
    irregular: "nieregularnie, w zależności od potrzeb",
  },
  uk: {
    every: ["щопонеділка", "щовівторка", "щосереди", "щочетверга", "щоп'ятниці", "щосуботи", "щонеділі"],
    onDays: (days) => `по ${and(pick(UK_LOCATIVE_PLURAL, days), "і")}`,
    everyNWeeks: (n, days) => `раз на ${n} ${ukWeeks(n)} у ${and(pick(UK_ACCUSATIVE, days), "і")}`,
    monthly: (nth, day) => {
      const ordinal = (
        UK_FEMININE.has(day)
          ? { 1: "першу", 2: "другу", 3: "третю", 4: "четверту", [-1]: "останню" }
          : { 1: "перший", 2: "другий", 3: "третій", 4: "четвертий", [-1]: "останній" }
      )[nth];
      return `у ${ordinal} ${UK_ACCUSATIVE[day - 1]} місяця`;
    },
    regularly: "регулярно",
    irregular: "нерегулярно, за потреби",
  },
  en: {
    every: EN_DAYS.map((d) => `every ${d}`),
    onDays: (days) =>
      `on ${and(
        pick(EN_DAYS, days).map((d) => `${d}s`),
        "and",
      )}`,
    everyNWeeks: (n, days) => `every ${n} weeks on ${and(pick(EN_DAYS, days), "and")}`,
    monthly: (nth, day) => `on the ${EN_NTH[nth]} ${EN_DAYS[day - 1]} of the month`,
    regularly: "regularly",
    irregular: "irregularly, as needed",
  },
};

export type ScheduleForWords = {
  kind: "RECURRING" | "IRREGULAR";
  rrule?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  note?: string | null;
};

export function describeRule(rrule: string, locale: Locale = "pl"): string {
  const words = WORDS[locale];
  const rule = fromRrule(rrule);
  if (!rule) return words.regularly;
  if (rule.pattern === "monthly") return words.monthly(rule.nth, rule.weekday);
  const days = [...new Set(rule.weekdays)].sort() as IsoWeekday[];
  if (rule.interval > 1) return words.everyNWeeks(rule.interval, days);
  return days.length === 1 ? words.every[days[0] - 1] : words.onDays(days);
}

/**
 * The whole schedule. An irregular schedule's note is the centre's own Polish text, so other
 * languages get the general phrase.
 */
export function describeSchedule(schedule: ScheduleForWords, locale: Locale = "pl"): string {
  if (schedule.kind === "IRREGULAR" || !schedule.rrule) {
    return locale === "pl" && schedule.note ? schedule.note : WORDS[locale].irregular;
  }
  const when = describeRule(schedule.rrule, locale);
  const time = schedule.startTime && schedule.endTime ? `, ${schedule.startTime}–${schedule.endTime}` : schedule.startTime ? `, ${schedule.startTime}` : "";
  return `${when}${time}`;
}
