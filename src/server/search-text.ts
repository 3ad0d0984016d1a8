// Text search that ignores case and Polish (and other Latin) diacritics: "Łódź", "lodz" and "LÓDŹ"
// all fold to "lodz". Stored folded in searchText/searchName columns and applied to the query alike.

export function foldForSearch(...parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join(" ")
    .toLowerCase()
    .replace(/ł/g, "l")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}
