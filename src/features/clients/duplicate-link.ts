// "This PESEL is already in the records" is only useful with a way to that record. A failed
// action's result carries messages, not data, so the link is looked up here afterwards, for the
// same signed-in person and centre, by the same rules as any other read of the records.
import { getActor } from "@/server/auth/session";
import type { FormState } from "@/server/form";
import { centreSlugFromRequest } from "@/server/request";
import { authoriseCentre } from "@/server/tenant";
import { findClientByPesel } from "./data";
import { DUPLICATE_PESEL_MESSAGE } from "./labels";
import { clientsPolicy } from "./policy";

export type DuplicateLink = { name: string; path: string };
export type ClientFormState = (NonNullable<FormState> & { duplicate?: DuplicateLink }) | null;

export async function withDuplicateLink(state: FormState): Promise<ClientFormState> {
  if (!state || state.ok || !state.fieldErrors?.pesel?.includes(DUPLICATE_PESEL_MESSAGE)) return state;
  try {
    const actor = await getActor();
    if (!actor) return state;
    const centre = await authoriseCentre(actor, await centreSlugFromRequest(), clientsPolicy.view);
    const holder = await findClientByPesel(centre, state.values?.pesel ?? "");
    if (!holder) return state;
    return { ...state, duplicate: { name: `${holder.firstName} ${holder.lastName}`, path: `/${centre.slug}/staff/clients/${holder.id}` } };
  } catch {
    // The message alone still says what is wrong.
    return state;
  }
}
