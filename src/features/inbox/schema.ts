import { z } from "@/server/validation";
import type { ContactCatalogue } from "./messages";

export const MESSAGE_MAX = 2000;
export const CONTACT_MAX = 200;
/** The field people never see or reach; only bots fill it in. */
export const TRAP_FIELD = "website";

// Browsers send a textarea's line breaks as CRLF; the person typed one character per line break.
const oneCharPerLineBreak = (value: unknown) => (typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value);

/** The contact form, with its messages in the language of the page it was sent from. */
export function contactInput(t: ContactCatalogue) {
  return z.object({
    message: z.preprocess(oneCharPerLineBreak, z.string({ error: t.messageRequired }).trim().min(1, t.messageRequired).max(MESSAGE_MAX, t.messageTooLong)),
    contact: z
      .string({ error: t.contactTooLong })
      .trim()
      .max(CONTACT_MAX, t.contactTooLong)
      .transform((v) => (v === "" ? undefined : v))
      .optional(),
  });
}

/** Whatever else was posted, a filled-in trap field means a bot sent it. */
export function isFromBot(raw: unknown): boolean {
  const value = raw && typeof raw === "object" ? (raw as Record<string, unknown>)[TRAP_FIELD] : undefined;
  return typeof value === "string" ? value.trim() !== "" : value !== undefined && value !== null;
}

export const messageInput = z.object({ messageId: z.uuid({ error: "Nie rozpoznano wiadomości." }) });

/** The inbox's views and their addresses (?pokaz=…), "to handle" first. */
export const INBOX_FILTERS = {
  open: { param: undefined, label: "Do załatwienia" },
  handled: { param: "zalatwione", label: "Załatwione" },
  all: { param: "wszystkie", label: "Wszystkie" },
} as const;
export type InboxFilter = keyof typeof INBOX_FILTERS;

export function inboxFilterOf(param: string | string[] | undefined): InboxFilter {
  const value = Array.isArray(param) ? param[0] : param;
  if (value === INBOX_FILTERS.handled.param) return "handled";
  if (value === INBOX_FILTERS.all.param) return "all";
  return "open";
}
