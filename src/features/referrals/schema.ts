import { calendarDate } from "@/server/form-fields";
import { optionalText, z } from "@/server/validation";

/** "edition:<id>" for a KIS edition, "offer:<id>" for a club or group: one select, two kinds. */
const target = z
  .string({ error: "Wybierz, dokąd kierujesz klienta." })
  .regex(/^(edition|offer):[0-9a-f-]{36}$/, "Wybierz, dokąd kierujesz klienta.")
  .transform((v) => {
    const [kind, id] = v.split(":") as ["edition" | "offer", string];
    return { kind, id };
  });

export const referInput = z.object({
  contractId: z.uuid({ error: "Nie rozpoznano kontraktu." }),
  target,
  startOn: calendarDate("proponowaną datę rozpoczęcia"),
  note: optionalText(1000),
});
