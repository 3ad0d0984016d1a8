// Errors that mean something to the person using the app. Actions turn them into typed results with
// a Polish message; anything else is a bug and surfaces as a generic failure.

import type { FieldErrors } from "./validation";

export type DomainErrorCode = "forbidden" | "not_found" | "conflict" | "invalid" | "unauthenticated" | "validation";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The form field the message belongs next to, if any. */
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** Input that failed its zod schema: the messages per field. */
export class InputError extends DomainError {
  constructor(readonly fieldErrors: FieldErrors) {
    super("validation", "Popraw zaznaczone pola.");
    this.name = "InputError";
  }
}

export const unauthenticated = () => new DomainError("unauthenticated", "Sesja wygasła. Zaloguj się ponownie.");
export const forbidden = (message = "Nie masz uprawnień do tej czynności.") => new DomainError("forbidden", message);
export const notFound = (message = "Nie znaleziono.", field?: string) => new DomainError("not_found", message, field);
export const conflict = (message: string, field?: string) => new DomainError("conflict", message, field);
export const invalid = (message: string, field?: string) => new DomainError("invalid", message, field);
