// How a validated client form becomes the row's columns. An optional field left empty clears the
// column (undefined would tell Prisma to leave it as it was).
import { foldForSearch } from "@/server/search-text";
import type { ClientInput } from "./schema";

export function clientColumns(input: ClientInput) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    // What name search matches, recomputed on every save so it never goes stale.
    searchName: foldForSearch(input.lastName, input.firstName),
    pesel: input.pesel ?? null,
    birthYear: input.birthYear ?? null,
    sex: input.sex ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    street: input.street ?? null,
    postalCode: input.postalCode ?? null,
    city: input.city ?? null,
    district: input.district ?? null,
  };
}
