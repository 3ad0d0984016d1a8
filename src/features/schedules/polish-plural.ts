// Polish counts take one of three forms: 1 spotkanie, 2–4 spotkania (also 22–24…), 5+ spotkań (also 12–14).
export function plCount(n: number, [one, few, many]: readonly [string, string, string]): string {
  const ten = n % 10;
  const hundred = n % 100;
  const form = n === 1 ? one : ten >= 2 && ten <= 4 && (hundred < 10 || hundred >= 20) ? few : many;
  return `${n} ${form}`;
}

export const SESSIONS = ["spotkanie", "spotkania", "spotkań"] as const;
