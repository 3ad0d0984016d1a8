// On a contract's page: the referrals made under it and, while the contract is in force, the form
// to refer the client to a KIS edition, a club or a group.
import { formatCalendarDate, formatDateTime } from "@/components/ui/format";
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import { localDate } from "@/server/time";
import { contractReferrals, referralTargets, targetName } from "../data";
import { REFERRAL_STATUS } from "../labels";
import { referralsPolicy } from "../policy";
import { ReferralForm } from "./referral-form";

export async function ContractReferrals({ centre, contractId }: { centre: AuthorisedCentre; contractId: string }) {
  if (!(referralsPolicy.refer as readonly string[]).includes(centre.role)) return null;
  const [contract, referrals, targets] = await Promise.all([
    db.socialContract.findUnique({ where: { centreId_id: { centreId: centre.id, id: contractId } }, select: { status: true } }),
    contractReferrals(centre, contractId),
    referralTargets(centre),
  ]);
  if (!contract) return null;
  return (
    <section aria-labelledby="referrals" className="mb-12">
      <h2 id="referrals" className="mb-2 text-2xl font-bold">
        Skierowania
      </h2>
      {referrals.length ? (
        <ul className="mb-6 space-y-2">
          {referrals.map((r) => (
            <li key={r.id}>
              <span className="font-semibold">{targetName(r)}</span>, od {r.periodStart ? formatCalendarDate(r.periodStart) : "—"}: {REFERRAL_STATUS[r.status]}
              {r.declineReason ? ` (${r.declineReason})` : ""}
              <span className="block text-slate-700">skierowano {formatDateTime(r.referredAt, centre.timeZone)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-4">Z tego kontraktu nie wysłano jeszcze skierowań.</p>
      )}
      {contract.status === "ACTIVE" ? (
        <>
          <h3 className="mb-2 text-xl font-semibold">Skieruj do KIS, klubu lub grupy</h3>
          <ReferralForm contractId={contractId} targets={[...targets.editions, ...targets.offers]} today={localDate(new Date(), centre.timeZone)} />
        </>
      ) : (
        <p>Skierować można tylko na podstawie podpisanego, obowiązującego kontraktu.</p>
      )}
    </section>
  );
}
