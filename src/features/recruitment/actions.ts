"use server";
import { refresh } from "next/cache";
import { submitForm, type FormState } from "@/server/form";
import { acceptReferral, declineReferral, waitlistReferral } from "./mutations";

/**
 * The recruitment board is one form: the pressed button says what and for whom
 * ("accept:<id>", "waitlist:<id>", "decline:<id>"), and each person's reason field is named after
 * them. Here that becomes the input of the one matching action.
 */
export async function decideReferralAction(_prev: FormState, formData: FormData) {
  const [decision, enrolmentId = ""] = String(formData.get("decision") ?? "").split(":");
  const input = new FormData();
  input.set("editionId", String(formData.get("editionId") ?? ""));
  input.set("enrolmentId", enrolmentId);
  const action = decision === "accept" ? acceptReferral : decision === "waitlist" ? waitlistReferral : declineReferral;
  if (action === declineReferral) input.set("reason", String(formData.get(`reason-${enrolmentId}`) ?? ""));
  const result = await submitForm(action, input);
  if (result?.ok) refresh();
  // Errors and typed values are keyed by the person's field, so they show next to it.
  return result && !result.ok
    ? {
        ...result,
        fieldErrors: result.fieldErrors?.reason ? { [`reason-${enrolmentId}`]: result.fieldErrors.reason } : result.fieldErrors,
        values: { ...result.values, decision: `${decision}:${enrolmentId}`, [`reason-${enrolmentId}`]: result.values?.reason ?? "" },
      }
    : result;
}
