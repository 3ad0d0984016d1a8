// One wrapper for every write. An action is a public HTTP endpoint, so in this order it:
// authenticates, authorises the centre and role (policy.ts), validates the input with zod, does its
// work and writes its audit event in one transaction, and returns a typed result with Polish
// messages. Nothing half-written stays behind: any throw rolls the transaction back.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { writeAudit, type AuditEntry } from "./audit";
import type { Actor } from "./auth/session";
import { db, type Tx } from "./db";
import { DomainError, InputError, unauthenticated, type DomainErrorCode } from "./errors";
import type { Role } from "./roles";
import { authoriseCentre, type AuthorisedCentre } from "./tenant";
import { fieldErrorsOf, type FieldErrors } from "./validation";

export type ActionResult<T = unknown> =
  { ok: true; data: T; message?: string } | { ok: false; code: DomainErrorCode | "validation" | "error"; message: string; fieldErrors?: FieldErrors };

export type ActionContext<I> = { tx: Tx; centre: AuthorisedCentre; actor: Actor; input: I };

export type ActionOutcome<R> = {
  data: R;
  /** The record the action touched; the action name is the audit action unless given. */
  audit: Omit<AuditEntry, "action"> & { action?: string };
  /** Shown to the person on success. */
  message?: string;
};

export type Action<R> = {
  (actor: Actor | null, centreSlug: string, raw: unknown): Promise<ActionResult<R>>;
  readonly actionName: string;
  readonly allow: readonly Role[];
  /** Changes what residents see: the centre's cached public pages are refreshed after it. */
  readonly affectsPublic: boolean;
};

export const DUPLICATE_MESSAGE = "To już zostało zapisane (może przycisk został naciśnięty dwa razy). Odśwież stronę, żeby zobaczyć aktualny stan.";

export const UNEXPECTED_MESSAGE = "Coś poszło nie tak i nic nie zostało zapisane. Spróbuj ponownie za chwilę.";

export function defineAction<S extends z.ZodType, R>(def: {
  name: string;
  allow: readonly Role[];
  input: S;
  affectsPublic?: boolean;
  run: (ctx: ActionContext<z.output<S>>) => Promise<ActionOutcome<R>>;
}): Action<R> {
  const action = async (actor: Actor | null, centreSlug: string, raw: unknown): Promise<ActionResult<R>> => {
    try {
      if (!actor) throw unauthenticated();
      const centre = await authoriseCentre(actor, centreSlug, def.allow);
      const input = parseInput(def.input, raw);
      const outcome = await db.$transaction(async (tx) => {
        const out = await def.run({ tx, centre, actor, input });
        await writeAudit(tx, centre.id, actor.userId, { ...out.audit, action: out.audit.action ?? def.name });
        return out;
      });
      return { ok: true, data: outcome.data, message: outcome.message };
    } catch (error) {
      return failureOf(error);
    }
  };
  return Object.assign(action, { actionName: def.name, allow: def.allow, affectsPublic: def.affectsPublic ?? false });
}

/** Validated input, or an InputError carrying the Polish message of each field. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new InputError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

/**
 * For writes that are not about one centre (the person's own account; an invitation link, which is
 * its own authority): the same typed result and messages; the work validates with parseInput and
 * opens its own transaction.
 */
export async function runAccountAction<R>(work: () => Promise<{ data: R; message?: string }>): Promise<ActionResult<R>> {
  try {
    return { ok: true, ...(await work()) };
  } catch (error) {
    return failureOf(error);
  }
}

export function failureOf(error: unknown): ActionResult<never> {
  if (error instanceof InputError) return { ok: false, code: "validation", message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof DomainError) {
    return {
      ok: false,
      code: error.code,
      message: error.message,
      fieldErrors: error.field ? { [error.field]: [error.message] } : undefined,
    };
  }
  // A unique constraint caught what a check before the insert could not (two requests at once,
  // e.g. a double tap): the same thing is already saved, so it is a conflict, not a failure.
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, code: "conflict", message: DUPLICATE_MESSAGE };
  console.error(error);
  return { ok: false, code: "error", message: UNEXPECTED_MESSAGE };
}
