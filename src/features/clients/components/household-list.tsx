// The household section of a client's page: each member with their own small forms, then a form to
// add one.
import { HouseholdMemberForm, RemoveHouseholdMemberForm, type HouseholdMemberValues } from "./household";

export function HouseholdList({ participantId, members }: { participantId: string; members: HouseholdMemberValues[] }) {
  return (
    <section aria-labelledby="household" className="mb-12 max-w-3xl">
      <h2 id="household" className="text-2xl font-bold">
        Gospodarstwo domowe
      </h2>
      <p className="mb-6 mt-2">Osoby, które mieszkają z klientem. Potrzebne, gdy kontrakt socjalny (wariant A) obejmuje rodzinę.</p>
      {members.length === 0 ? <p className="mb-6 text-slate-700">Nie dodano domowników.</p> : null}
      {members.map((m) => (
        <div key={m.id} className="mb-8 border-l-4 border-slate-300 pl-4">
          <h3 className="mb-4 text-xl font-bold">
            {m.name}, {m.relation}
            {m.birthYear ? `, ur. ${m.birthYear}` : ""}
          </h3>
          <HouseholdMemberForm participantId={participantId} member={m} />
          <RemoveHouseholdMemberForm participantId={participantId} member={m} />
        </div>
      ))}
      <h3 className="mb-4 text-xl font-bold">Dodaj domownika</h3>
      <HouseholdMemberForm participantId={participantId} />
    </section>
  );
}
