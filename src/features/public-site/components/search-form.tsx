import Link from "next/link";
import { SelectField, TextField } from "@/components/ui/field";
import type { Messages } from "@/features/i18n/messages";
import { Audience } from "@/generated/prisma/enums";
import { KIND_FILTERS, TIMES_OF_DAY, type SearchFilters } from "../search";

/** A plain GET form: the filters land in the URL, so it works without JavaScript and can be shared. */
export function SearchForm({ filters, action, t }: { filters: SearchFilters; action: string; t: Messages }) {
  const any = { value: "", label: t.search.any };
  return (
    <form method="get" action={action} role="search" aria-label={t.search.heading} className="rounded border-2 border-slate-300 p-4">
      <div className="grid gap-x-6 md:grid-cols-2">
        <TextField name="q" label={t.search.text} hint={t.search.textHint} defaultValue={filters.q} autoComplete="off" />
        <TextField name="place" label={t.search.place} hint={t.search.placeHint} defaultValue={filters.place} autoComplete="address-level2" />
        <SelectField
          name="kind"
          label={t.search.kind}
          defaultValue={filters.kind ?? ""}
          options={[any, ...KIND_FILTERS.map((k) => ({ value: k, label: t.kinds[k] }))]}
        />
        <SelectField
          name="for"
          label={t.search.audience}
          defaultValue={filters.for ?? ""}
          options={[any, ...Object.values(Audience).map((a) => ({ value: a, label: t.audiences[a] }))]}
        />
        <SelectField
          name="day"
          label={t.search.weekday}
          defaultValue={filters.day ? String(filters.day) : ""}
          options={[any, ...t.weekdays.map((d, i) => ({ value: String(i + 1), label: d }))]}
        />
        <SelectField
          name="time"
          label={t.search.timeOfDay}
          defaultValue={filters.time ?? ""}
          options={[any, ...(Object.keys(TIMES_OF_DAY) as (keyof typeof TIMES_OF_DAY)[]).map((k) => ({ value: k, label: t.times[k] }))]}
        />
        <SelectField
          name="join"
          label={t.search.join}
          defaultValue={filters.join ?? ""}
          options={[any, { value: "OPEN", label: t.joinModes.OPEN }, { value: "REFERRAL", label: t.joinModes.REFERRAL }]}
        />
      </div>
      {filters.view ? <input type="hidden" name="view" value={filters.view} /> : null}
      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" className="rounded bg-green-800 px-5 py-2 text-lg font-semibold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-green-900">
          {t.search.submit}
        </button>
        <Link href={action} className="text-blue-800 underline">
          {t.search.clear}
        </Link>
      </div>
    </form>
  );
}
