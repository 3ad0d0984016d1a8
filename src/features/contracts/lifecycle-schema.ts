// What staff send to sign, evaluate, amend and close a contract. Rules that need the saved contract
// (not before signing, within the period) are checked in the mutations.
import { ActionProgressStatus, TerminationReason } from "@/generated/prisma/enums";
import { blank, calendarDate, optionalDate } from "@/server/form-fields";
import { optionalText, requiredText, z } from "@/server/validation";
import { gathered } from "./rows";
import { actionRow, checkAction, checkedAction, contractId, isBlankAction, isIsoDate, version } from "./schema";

function nextAfter(field: string, after: string, message: string) {
  return (v: Record<string, unknown>, ctx: z.RefinementCtx) => {
    if (isIsoDate(v[field]) && isIsoDate(v[after]) && (v[field] as string) <= (v[after] as string)) {
      ctx.addIssue({ code: "custom", path: [field], message });
    }
  };
}

export const signInput = z
  .object({
    contractId,
    version,
    signedOn: calendarDate("datę podpisania"),
    nextEvaluationOn: calendarDate("datę pierwszej oceny"),
  })
  .superRefine(nextAfter("nextEvaluationOn", "signedOn", "Pierwsza ocena musi przypadać po dniu podpisania."));
export type SignInput = z.output<typeof signInput>;

const progressEntry = z.object({
  status: z.preprocess(blank, z.enum(ActionProgressStatus, { error: "Wybierz, jak idzie to działanie." }).optional()),
  reason: optionalText(1000),
});

export const evaluationInput = z.preprocess(
  (raw) => gathered(raw, { keyed: ["progress"] }),
  z
    .object({
      contractId,
      version,
      evaluatedOn: calendarDate("datę oceny"),
      summary: requiredText("podsumowanie oceny", 4000),
      nextEvaluationOn: optionalDate,
      progress: z.record(z.uuid({ error: "Nie rozpoznano działania." }), progressEntry),
    })
    .superRefine(nextAfter("nextEvaluationOn", "evaluatedOn", "Następna ocena musi przypadać po dniu tej oceny."))
    .superRefine((v, ctx) => {
      for (const [id, p] of Object.entries(v.progress)) {
        if (p.status === "NOT_DONE" && !p.reason) {
          ctx.addIssue({ code: "custom", path: ["progress", id, "reason"], message: "Podaj, dlaczego działanie nie zostało zrealizowane." });
        }
      }
    }),
);
export type EvaluationInput = z.output<typeof evaluationInput>;

export const amendmentInput = z.preprocess(
  (raw) => gathered(raw, { keyed: ["deadlines", "newAction"] }),
  z
    .object({
      contractId,
      version,
      amendedOn: calendarDate("datę aneksu"),
      description: requiredText("na czym polega zmiana i dlaczego", 2000),
      periodEnd: optionalDate,
      /** Action id → its deadline as the form shows it; a changed date is a change. */
      deadlines: z.record(z.uuid({ error: "Nie rozpoznano działania." }), optionalDate),
      newAction: actionRow.partial().default({}),
    })
    .superRefine((v, ctx) => {
      const a = { goal: "", ...v.newAction };
      if (!isBlankAction(a)) checkAction(a, (field, message) => ctx.addIssue({ code: "custom", path: ["newAction", field], message }));
    })
    .transform((v) => {
      const a = { goal: "", ...v.newAction };
      return { ...v, newAction: isBlankAction(a) ? null : checkedAction(a) };
    }),
);
export type AmendmentInput = z.output<typeof amendmentInput>;

export const completeInput = z.object({ contractId, version, closedOn: calendarDate("datę zakończenia") });
export type CompleteInput = z.output<typeof completeInput>;

export const terminateInput = z
  .object({
    contractId,
    version,
    closedOn: calendarDate("datę rozwiązania"),
    reason: z.enum(TerminationReason, { error: "Wybierz powód rozwiązania kontraktu." }),
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.reason === "OTHER" && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "Opisz powód rozwiązania kontraktu." });
  });
export type TerminateInput = z.output<typeof terminateInput>;
