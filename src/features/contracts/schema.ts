// What staff may send about a contract while it is a draft, part by part, with a Polish message for
// each way it can be wrong. A draft may be incomplete (signing checks completeness, see
// completeness.ts); what is given must be right. Rules that need the saved contract (an action's
// deadline within its period) are checked in the mutations.
import { ContractVariant, ResponsibleParty } from "@/generated/prisma/enums";
import { parseCalendarDate } from "@/server/calendar-input";
import { blank, calendarDate, checkbox, DATE_MESSAGE, optionalDate, optionalId } from "@/server/form-fields";
import { optionalText, z } from "@/server/validation";
import { gathered } from "./rows";

export const contractId = z.uuid({ error: "Nie rozpoznano kontraktu." });
const RELOAD = "Odśwież stronę i spróbuj ponownie.";
/** The version of the contract the form was read at (optimistic locking, see contract-lock.ts). */
export const version = z.coerce.number({ error: RELOAD }).int(RELOAD).min(1, RELOAD);

/** A field that passed its own check holds an ISO date; one that failed holds null. */
export const isIsoDate = (v: unknown): v is string => typeof v === "string" && parseCalendarDate(v) === v;

export const END_BEFORE_START = "Koniec okresu nie może być wcześniejszy niż jego początek.";

const details = {
  variant: z.enum(ContractVariant, { error: "Wybierz wariant kontraktu: A albo B." }),
  concludedOn: optionalDate,
  place: optionalText(120),
  periodStart: calendarDate("datę początku okresu"),
  periodEnd: calendarDate("datę końca okresu"),
  labourOfficeReferral: optionalText(1000),
  socialWorkerId: optionalId("Wybierz pracownika socjalnego z listy."),
  consequencesAcknowledged: checkbox,
};

const bothDates = (v: unknown) => {
  const p = v as { periodStart?: unknown; periodEnd?: unknown } | undefined;
  return isIsoDate(p?.periodStart) && isIsoDate(p?.periodEnd);
};

/** End not before start; checked even when other fields are wrong, so every message shows at once. */
const periodInOrder = (v: { periodStart: string; periodEnd: string }) => !bothDates(v) || v.periodEnd >= v.periodStart;
const periodMessage = { message: END_BEFORE_START, path: ["periodEnd"], when: (payload: { value: unknown }) => bothDates(payload.value) };

/** The labour office's referral belongs to variant B only; a switch to A drops it. */
const dropReferralForA = <T extends { variant: ContractVariant; labourOfficeReferral?: string }>(v: T) => ({
  ...v,
  labourOfficeReferral: v.variant === "B" ? v.labourOfficeReferral : undefined,
});

export const createContractInput = z
  .object({ participantId: z.uuid({ error: "Nie rozpoznano klienta." }), ...details })
  .refine(periodInOrder, periodMessage)
  .transform(dropReferralForA);
export type CreateContractInput = z.output<typeof createContractInput>;

export const contractDetailsInput = z
  .object({ contractId, version, ...details })
  .refine(periodInOrder, periodMessage)
  .transform(dropReferralForA);
export type ContractDetailsInput = z.output<typeof contractDetailsInput>;

export const assessmentInput = z.object({
  contractId,
  version,
  causes: optionalText(4000),
  resources: optionalText(4000),
  limitations: optionalText(4000),
});

type Report = (index: number, field: string, message: string) => void;

/**
 * Rows of a repeating part. Empty rows (a new row left blank) are allowed and dropped after the
 * checks, so every message keeps the index the form used.
 */
function rowList<T extends z.ZodType<Record<string, unknown>>>(
  row: T,
  opts: {
    max: number;
    tooMany: string;
    isBlank: (r: z.output<T>) => boolean;
    check: (r: z.output<T>, report: (field: string, message: string) => void) => void;
  },
) {
  return z
    .array(row)
    .max(opts.max, opts.tooMany)
    .superRefine((rows, ctx) => {
      const report: Report = (i, field, message) => ctx.addIssue({ code: "custom", path: [i, field], message });
      rows.forEach((r, i) => {
        if (!opts.isBlank(r)) opts.check(r, (field, message) => report(i, field, message));
      });
    })
    .transform((rows) => rows.filter((r) => !opts.isBlank(r)));
}

/** Family members are told apart from institutions by this role (ContractParty has no kind column). */
export const INSTITUTION_ROLE = "instytucja";

const partyRow = z.object({ name: optionalText(200), role: optionalText(100) });

export const partiesInput = z.preprocess(
  (raw) => gathered(raw, { rows: ["family", "institutions"] }),
  z.object({
    contractId,
    version,
    family: rowList(partyRow, {
      max: 20,
      tooMany: "Wpisz najwyżej 20 członków rodziny.",
      isBlank: (r) => !r.name && !r.role,
      check: (r, report) => {
        if (!r.name) report("name", "Podaj imię i nazwisko członka rodziny.");
        if (!r.role) report("role", "Podaj, kim jest dla klienta, np. córka, mąż.");
        else if (r.role.toLowerCase() === INSTITUTION_ROLE) report("role", "Instytucje wpisz niżej, w części Instytucje.");
      },
    }),
    institutions: rowList(z.object({ name: optionalText(200) }), {
      max: 20,
      tooMany: "Wpisz najwyżej 20 instytucji.",
      isBlank: (r) => !r.name,
      check: () => {},
    }),
  }),
);
export type PartiesInput = z.output<typeof partiesInput>;

/** A client-side key of a goal row, so an action can point at a goal not saved yet. */
const rowKey = z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(64, "Nie rozpoznano celu."));

const goalRow = z.object({ key: rowKey, text: optionalText(1000) });

/** Date fields of rows are checked in the row's check, so a blank row stays blank. */
const rowDate = z.preprocess((v) => blank(typeof v === "string" ? v.trim() : v), z.string().optional());

export const actionRow = z.object({
  description: optionalText(1000),
  responsible: z.preprocess(blank, z.enum(ResponsibleParty, { error: "Wybierz, kto odpowiada za działanie." }).optional()),
  responsibleName: optionalText(200),
  deadline: rowDate,
  goal: rowKey,
});
export type ActionRow = z.output<typeof actionRow>;

export const isBlankAction = (a: ActionRow) => !a.description && !a.responsibleName && !a.deadline;

/** The checks of one action, for the draft's list and for an action added by an amendment. */
export function checkAction(a: ActionRow, report: (field: string, message: string) => void) {
  if (!a.description) report("description", "Opisz działanie.");
  if (!a.responsible) report("responsible", "Wybierz, kto odpowiada za działanie.");
  if (a.responsible === "INSTITUTION" && !a.responsibleName) report("responsibleName", "Podaj nazwę instytucji.");
  if (a.responsible === "FAMILY_MEMBER" && !a.responsibleName) report("responsibleName", "Podaj imię i nazwisko członka rodziny.");
  if (!a.deadline) report("deadline", "Podaj termin wykonania.");
  else if (!parseCalendarDate(a.deadline)) report("deadline", DATE_MESSAGE);
}

/** An action that passed checkAction, with its deadline as an ISO date. */
export type CheckedAction = {
  description: string;
  responsible: ResponsibleParty;
  responsibleName: string | null;
  deadline: string;
  goal: string;
};

export function checkedAction(a: ActionRow): CheckedAction {
  return {
    description: a.description!,
    responsible: a.responsible!,
    // Only institutions and family members are named; "the client" needs no name.
    responsibleName: a.responsible === "INSTITUTION" || a.responsible === "FAMILY_MEMBER" ? a.responsibleName! : null,
    deadline: parseCalendarDate(a.deadline!)!,
    goal: a.goal,
  };
}

export const goalsInput = z.preprocess(
  (raw) => gathered(raw, { rows: ["goals", "actions"] }),
  z
    .object({
      contractId,
      version,
      mainGoal: optionalText(1000),
      goals: rowList(goalRow, { max: 30, tooMany: "Wpisz najwyżej 30 celów szczegółowych.", isBlank: (g) => !g.text, check: () => {} }),
      // Dropping blank rows is left until the goal references are checked (below), by index.
      actions: z.array(actionRow).max(60, "Wpisz najwyżej 60 działań."),
    })
    .superRefine((v, ctx) => {
      const keys = new Set(v.goals.map((g) => g.key).filter(Boolean));
      v.actions.forEach((a, i) => {
        if (isBlankAction(a)) return;
        checkAction(a, (field, message) => ctx.addIssue({ code: "custom", path: ["actions", i, field], message }));
        if (a.goal && !keys.has(a.goal)) {
          ctx.addIssue({ code: "custom", path: ["actions", i, "goal"], message: "Wybierz cel z listy albo „bez wskazanego celu”." });
        }
      });
    })
    .transform((v) => {
      // The form's row index of each kept action, for messages found later (deadline outside the period).
      const kept = v.actions.map((a, row) => ({ a, row })).filter(({ a }) => !isBlankAction(a));
      return { ...v, actions: kept.map(({ a }) => checkedAction(a)), actionRows: kept.map(({ row }) => row) };
    }),
);
export type GoalsInput = z.output<typeof goalsInput>;
