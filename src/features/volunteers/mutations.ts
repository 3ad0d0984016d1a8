// Writes to the volunteer register. Each is an action: authorised by volunteersPolicy, validated,
// one transaction, one audit event naming only the record. Of the checks for work with children
// only the dates are stored, never what the register or the certificate said.
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { conflict, notFound } from "@/server/errors";
import { dbDate } from "@/server/time";
import { dayAfter } from "./age";
import { volunteersPolicy } from "./policy";
import { agreementInput, linkAccountInput, renewAgreementInput, updateVolunteerInput, volunteerIdInput, volunteerInput } from "./schema";

const audited = (id: string) => ({ recordType: "Volunteer", recordId: id });
const date = (d: string | undefined) => (d ? dbDate(d) : null);

type ProfileInput = ReturnType<typeof volunteerInput.parse>;

function columns(input: ProfileInput) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    birthYear: input.birthYear,
    sex: input.sex ?? null,
    guardianConsentOn: date(input.guardianConsentOn),
    skills: input.skills,
    availability: input.availability ?? null,
    strand: input.strand ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    registerCheckOn: date(input.registerCheckOn),
    criminalRecordOn: date(input.criminalRecordOn),
  };
}

async function findVolunteer(tx: Tx, centreId: string, id: string) {
  const v = await tx.volunteer.findUnique({ where: { centreId_id: { centreId, id } }, select: { id: true, archivedAt: true, userId: true } });
  if (!v) throw notFound("Nie znaleziono wolontariusza.");
  return v;
}

export const createVolunteer = defineAction({
  name: "volunteer.create",
  allow: volunteersPolicy.manage,
  input: volunteerInput,
  async run({ tx, centre, input }) {
    const v = await tx.volunteer.create({ data: { centreId: centre.id, ...columns(input) }, select: { id: true } });
    return {
      data: { id: v.id, path: `/${centre.slug}/staff/volunteers/${v.id}` },
      audit: audited(v.id),
      message: "Wolontariusz został dodany do rejestru.",
    };
  },
});

export const updateVolunteer = defineAction({
  name: "volunteer.update",
  allow: volunteersPolicy.manage,
  input: updateVolunteerInput,
  async run({ tx, centre, input }) {
    const v = await findVolunteer(tx, centre.id, input.volunteerId);
    await tx.volunteer.update({ where: { centreId_id: { centreId: centre.id, id: v.id } }, data: columns(input) });
    return { data: { id: v.id, path: `/${centre.slug}/staff/volunteers/${v.id}` }, audit: audited(v.id), message: "Zmiany zostały zapisane." };
  },
});

export const archiveVolunteer = defineAction({
  name: "volunteer.archive",
  allow: volunteersPolicy.manage,
  input: volunteerIdInput,
  async run({ tx, centre, input }) {
    const v = await findVolunteer(tx, centre.id, input.volunteerId);
    if (v.archivedAt) throw conflict("Ten wolontariusz jest już w archiwum.");
    await tx.volunteer.update({ where: { centreId_id: { centreId: centre.id, id: v.id } }, data: { archivedAt: new Date() } });
    return { data: { id: v.id }, audit: audited(v.id), message: "Wolontariusz został przeniesiony do archiwum." };
  },
});

export const restoreVolunteer = defineAction({
  name: "volunteer.restore",
  allow: volunteersPolicy.manage,
  input: volunteerIdInput,
  async run({ tx, centre, input }) {
    const v = await findVolunteer(tx, centre.id, input.volunteerId);
    if (!v.archivedAt) throw conflict("Ten wolontariusz nie jest w archiwum.");
    await tx.volunteer.update({ where: { centreId_id: { centreId: centre.id, id: v.id } }, data: { archivedAt: null } });
    return { data: { id: v.id }, audit: audited(v.id), message: "Wolontariusz wrócił na listę." };
  },
});

/**
 * Links the profile to a person's account, so they see their tasks in "Moje zadania": an active
 * VOLUNTEER member of this centre who has no profile yet. A profile has at most one account.
 */
export const linkAccount = defineAction({
  name: "volunteer.linkAccount",
  allow: volunteersPolicy.manage,
  input: linkAccountInput,
  async run({ tx, centre, input }) {
    const v = await findVolunteer(tx, centre.id, input.volunteerId);
    if (v.archivedAt) throw conflict("Wolontariusz jest w archiwum: przywróć go, zanim połączysz go z kontem.");
    if (v.userId) throw conflict("Ten profil jest już połączony z kontem. Najpierw je odłącz.");
    const member = await tx.membership.findUnique({
      where: { centreId_id: { centreId: centre.id, id: input.membershipId } },
      select: { userId: true, role: true, status: true, volunteer: { select: { id: true } } },
    });
    if (!member || member.role !== "VOLUNTEER" || member.status !== "ACTIVE") {
      throw notFound("Wybierz aktywne konto wolontariusza z tego ośrodka.", "membershipId");
    }
    if (member.volunteer) throw conflict("To konto ma już profil wolontariusza.", "membershipId");
    await tx.volunteer.update({ where: { centreId_id: { centreId: centre.id, id: v.id } }, data: { userId: member.userId } });
    return { data: { id: v.id }, audit: audited(v.id), message: "Profil został połączony z kontem." };
  },
});

/** The account no longer belongs to this volunteer (a wrong link): the profile and its history stay. */
export const unlinkAccount = defineAction({
  name: "volunteer.unlinkAccount",
  allow: volunteersPolicy.manage,
  input: volunteerIdInput,
  async run({ tx, centre, input }) {
    const v = await findVolunteer(tx, centre.id, input.volunteerId);
    if (!v.userId) throw conflict("Ten profil nie jest połączony z żadnym kontem.");
    await tx.volunteer.update({ where: { centreId_id: { centreId: centre.id, id: v.id } }, data: { userId: null } });
    return { data: { id: v.id }, audit: audited(v.id), message: "Profil został odłączony od konta." };
  },
});

export const addAgreement = defineAction({
  name: "volunteer.agreement.create",
  allow: volunteersPolicy.manage,
  input: agreementInput,
  async run({ tx, centre, input }) {
    const v = await findVolunteer(tx, centre.id, input.volunteerId);
    if (v.archivedAt) throw conflict("Wolontariusz jest w archiwum: przywróć go, zanim zawrzesz porozumienie.");
    const a = await tx.volunteerAgreement.create({
      data: {
        centreId: centre.id,
        volunteerId: v.id,
        signedOn: dbDate(input.signedOn),
        scope: input.scope,
        startsOn: dbDate(input.startsOn),
        endsOn: dbDate(input.endsOn),
      },
      select: { id: true },
    });
    return {
      data: { id: a.id, path: `/${centre.slug}/staff/volunteers/${v.id}/agreements` },
      audit: { recordType: "VolunteerAgreement", recordId: a.id },
      message: "Porozumienie zostało zapisane.",
    };
  },
});

export const renewAgreement = defineAction({
  name: "volunteer.agreement.renew",
  allow: volunteersPolicy.manage,
  input: renewAgreementInput,
  async run({ tx, centre, input }) {
    // Locked, so two coordinators renewing at once make one renewal, not two.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "VolunteerAgreement" WHERE "centreId" = ${centre.id}::uuid AND id = ${input.agreementId}::uuid FOR UPDATE`;
    if (!locked.length) throw notFound("Nie znaleziono porozumienia.");
    const previous = await tx.volunteerAgreement.findUniqueOrThrow({
      where: { centreId_id: { centreId: centre.id, id: input.agreementId } },
      select: { id: true, volunteerId: true, endsOn: true, renewals: { select: { id: true } }, volunteer: { select: { archivedAt: true } } },
    });
    if (previous.volunteer.archivedAt) throw conflict("Wolontariusz jest w archiwum: przywróć go, zanim przedłużysz porozumienie.");
    if (previous.renewals.length) throw conflict("To porozumienie zostało już przedłużone.");
    const earliest = dayAfter(previous.endsOn);
    if (input.startsOn < earliest) {
      throw conflict(`Nowe porozumienie zaczyna się po końcu poprzedniego: najwcześniej ${earliest.split("-").reverse().join(".")}.`, "startsOn");
    }
    const a = await tx.volunteerAgreement.create({
      data: {
        centreId: centre.id,
        volunteerId: previous.volunteerId,
        signedOn: dbDate(input.signedOn),
        scope: input.scope,
        startsOn: dbDate(input.startsOn),
        endsOn: dbDate(input.endsOn),
        renewsId: previous.id,
      },
      select: { id: true },
    });
    return {
      data: { id: a.id, path: `/${centre.slug}/staff/volunteers/${previous.volunteerId}/agreements` },
      audit: { recordType: "VolunteerAgreement", recordId: a.id },
      message: "Porozumienie zostało przedłużone.",
    };
  },
});
