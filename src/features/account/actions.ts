"use server";
import { redirect } from "next/navigation";
import { getActor } from "@/server/auth/session";
import { formDataToObject, typedValues, type FormState } from "@/server/form";
import { clientIpFromRequest } from "@/server/request";
import { acceptInvitation, changePassword, signOutEverywhere } from "./mutations";

export async function acceptInvitationAction(token: string, _prev: FormState, formData: FormData): Promise<FormState> {
  // The token is bound by the page; it is the only authority here and is checked in full.
  const raw = formDataToObject(formData);
  const result = await acceptInvitation(token, raw, await clientIpFromRequest());
  // No address in the URL: it would stay in browser history and server logs.
  if (result.ok) redirect("/login?joined=1");
  return { ...result, values: typedValues(raw) };
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await changePassword(await getActor(), formDataToObject(formData), await clientIpFromRequest());
  if (result.ok) redirect("/login?passwordChanged=1");
  return result;
}

export async function signOutEverywhereAction(): Promise<FormState> {
  const result = await signOutEverywhere(await getActor());
  if (result.ok) redirect("/login?signedOut=everywhere");
  return result;
}
