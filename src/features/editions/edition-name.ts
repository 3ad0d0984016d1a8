import { toRoman } from "./roman";

/** "VI edycja": how centres write an edition's number. */
export function editionLabel(number: number): string {
  return `${toRoman(number)} edycja`;
}

/** "Klub Integracji Społecznej: VI edycja". */
export function editionTitle(e: { number: number; offer: { name: string } }): string {
  return `${e.offer.name}: ${editionLabel(e.number)}`;
}
