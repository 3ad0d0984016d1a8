// The bridge between an HTML form and an action: who is asking (the session), for which centre (the
// URL), with what input (the form). On failure it hands back what the person typed, so the form can
// show it again next to the messages; nothing typed is lost.
import { refresh } from "next/cache";
import type { Action, ActionResult } from "./action";
import { failureOf } from "./action";
import { getActor } from "./auth/session";
import { refreshPublicPages } from "./public-cache";
import { centreSlugFromRequest } from "./request";

export type FormState<R = unknown> = (ActionResult<R> & { values?: Record<string, string> }) | null;

/** Form fields to a plain object; repeated names become arrays; files are ignored; passwords are never echoed back. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** What the person typed, to show again after a failure (never passwords). */
export function typedValues(raw: Record<string, string | string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (/password/i.test(key)) continue;
    out[key] = Array.isArray(value) ? value.join("\n") : value;
  }
  return out;
}

export async function submitForm<R>(action: Action<R>, formData: FormData): Promise<FormState<R>> {
  const raw = formDataToObject(formData);
  let result: ActionResult<R>;
  try {
    const slug = await centreSlugFromRequest();
    result = await action(await getActor(), slug, raw);
    if (result.ok && action.affectsPublic) await refreshPublicPages(slug);
  } catch (error) {
    result = failureOf(error);
  }
  return result.ok ? result : { ...result, values: typedValues(raw) };
}

/** submitForm, then on success the page the person is on is rendered again with the change. */
export async function submitAndRefresh<R>(action: Action<R>, formData: FormData): Promise<FormState<R>> {
  const result = await submitForm(action, formData);
  if (result?.ok) refresh();
  return result;
}
