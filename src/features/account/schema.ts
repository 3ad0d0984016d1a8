import { PASSWORD_MIN_LENGTH } from "@/server/auth/password";
import { requiredText, z } from "@/server/validation";

const newPassword = z
  .string({ error: "Podaj nowe hasło." })
  .min(PASSWORD_MIN_LENGTH, `Hasło musi mieć co najmniej ${PASSWORD_MIN_LENGTH} znaków.`)
  .max(128, "Hasło może mieć najwyżej 128 znaków.");

const repeated = <T extends { password: string; passwordRepeat: string }>(v: T) => v.password === v.passwordRepeat;
const repeatMessage = { error: "Hasła nie są takie same.", path: ["passwordRepeat"] };

/** A person new to Razem sets their name and password. */
export const acceptAsNewUserInput = z
  .object({ name: requiredText("imię i nazwisko", 120), password: newPassword, passwordRepeat: z.string() })
  .refine(repeated, repeatMessage);

/** A person who already has an account (in another centre) confirms it with their password. */
export const acceptAsExistingUserInput = z.object({
  password: z.string({ error: "Podaj swoje hasło." }).min(1, "Podaj swoje hasło.").max(128),
});

export const changePasswordInput = z
  .object({
    currentPassword: z.string({ error: "Podaj obecne hasło." }).min(1, "Podaj obecne hasło.").max(128),
    password: newPassword,
    passwordRepeat: z.string(),
  })
  .refine(repeated, repeatMessage);
