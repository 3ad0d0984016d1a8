// The indicators section of a programme's page: each indicator with its own small forms, then a
// form to add one.
import { IndicatorForm, RemoveIndicatorForm, type IndicatorValues } from "./indicators";

export function IndicatorList({ offerId, indicators }: { offerId: string; indicators: IndicatorValues[] }) {
  return (
    <section aria-labelledby="indicators" className="mb-12 max-w-3xl">
      <h2 id="indicators" className="text-2xl font-bold">
        Wskaźniki
      </h2>
      <p className="mb-6 mt-2">Co program ma osiągnąć i ile już osiągnął, np. do sprawozdania dla gminy lub wojewody.</p>
      {indicators.length === 0 ? <p className="mb-6 text-slate-700">Nie ma jeszcze wskaźników.</p> : null}
      {indicators.map((i) => (
        <div key={i.id} className="mb-8 border-l-4 border-slate-300 pl-4">
          <h3 className="mb-4 text-xl font-bold">
            {i.name}: {i.achieved} z {i.target}
            {i.unit ? ` (${i.unit})` : ""}
          </h3>
          <IndicatorForm offerId={offerId} indicator={i} />
          <RemoveIndicatorForm offerId={offerId} indicator={i} />
        </div>
      ))}
      <h3 className="mb-4 text-xl font-bold">Dodaj wskaźnik</h3>
      <IndicatorForm offerId={offerId} />
    </section>
  );
}
