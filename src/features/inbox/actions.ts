"use server";
// Thin server actions. Staff actions go through the form bridge (session, centre from the URL);
// the resident's message through receiveResidentMessage, with the centre and offer read from the
// address of the page it was posted from.
import { headers } from "next/headers";
import { formDataToObject, submitAndRefresh, type FormState, typedValues } from "@/server/form";
import { clientIpFromRequest } from "@/server/request";
import { PATHNAME_HEADER } from "@/server/request-headers";
import { markMessageHandled, markMessageRead, reopenMessage } from "./mutations";
import { contactTarget, receiveResidentMessage } from "./receive-message";
import { TRAP_FIELD } from "./schema";

export async function sendResidentMessageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const { locale, centreSlug, offerSlug } = contactTarget((await headers()).get(PATHNAME_HEADER) ?? "");
  const result = await receiveResidentMessage(centreSlug, offerSlug, locale, raw, await clientIpFromRequest());
  if (result.ok) return result;
  const values = typedValues(raw);
  delete values[TRAP_FIELD];
  return { ...result, values };
}

export async function markMessageReadAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(markMessageRead, formData);
}

export async function markMessageHandledAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(markMessageHandled, formData);
}

export async function reopenMessageAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(reopenMessage, formData);
}
