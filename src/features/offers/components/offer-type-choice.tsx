// The first question when adding to the offer: what is it? A plain GET form, so it works before
// any script has loaded; the answer opens the form for that kind of offer.
import { RadioGroup } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { OFFER_TYPE_LABELS, OFFER_TYPE_SLUGS } from "../labels";

const LEGEND = "Co chcesz dodać?";
const MISSING = "Wybierz, co chcesz dodać: klub, grupę czy program.";

export function OfferTypeChoice({ missing }: { missing: boolean }) {
  const errors = missing ? [MISSING] : undefined;
  return (
    <form method="get" noValidate>
      {missing ? <ErrorSummary fieldErrors={{ rodzaj: errors! }} labels={{ rodzaj: LEGEND }} /> : null}
      {/* Tells "continued without choosing" apart from "just arrived". */}
      <input type="hidden" name="wybor" value="1" />
      <RadioGroup
        name="rodzaj"
        legend={<span className="text-xl">{LEGEND}</span>}
        options={Object.entries(OFFER_TYPE_SLUGS).map(([type, slug]) => ({
          value: slug,
          label: OFFER_TYPE_LABELS[type as keyof typeof OFFER_TYPE_SLUGS].one,
          hint: OFFER_TYPE_LABELS[type as keyof typeof OFFER_TYPE_SLUGS].hint,
        }))}
        errors={errors}
      />
      <button type="submit" className="rounded bg-green-800 px-4 py-2 font-semibold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-green-900">
        Dalej
      </button>
    </form>
  );
}
