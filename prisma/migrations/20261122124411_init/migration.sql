-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "CentreKind" AS ENUM ('OPS', 'MOPS', 'MGOPS', 'GOPS', 'BRANCH');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COORDINATOR', 'SOCIAL_WORKER', 'VOLUNTEER');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('ACTIVE', 'DEACTIVATED');

-- CreateEnum
CREATE TYPE "OfferType" AS ENUM ('CLUB', 'GROUP', 'PROGRAMME');

-- CreateEnum
CREATE TYPE "ClubKind" AS ENUM ('KIS', 'SENIOR_CLUB', 'MOTHERS_CLUB', 'VOLUNTEER_CLUB', 'YOUTH_CLUB', 'FAMILY_CLUB', 'OTHER');

-- CreateEnum
CREATE TYPE "ProgrammeKind" AS ENUM ('PROGRAMME', 'SOCIAL_PROJECT', 'LOCAL_ACTIVITY');

-- CreateEnum
CREATE TYPE "JoinMode" AS ENUM ('OPEN', 'REFERRAL');

-- CreateEnum
CREATE TYPE "ScheduleKind" AS ENUM ('RECURRING', 'IRREGULAR');

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('MEETING', 'WORKSHOP', 'EVENT');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "EditionStatus" AS ENUM ('PLANNED', 'RECRUITING', 'RUNNING', 'FINISHED');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('FEMALE', 'MALE');

-- CreateEnum
CREATE TYPE "EligibilityGroup" AS ENUM ('HOMELESS', 'ALCOHOL_ADDICTION', 'DRUG_ADDICTION', 'MENTAL_DISORDER', 'LONG_TERM_UNEMPLOYED', 'RELEASED_FROM_PRISON', 'REFUGEE', 'DISABILITY');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('REFERRED', 'WAITLISTED', 'DECLINED', 'ENROLLED', 'COMPLETED', 'LEFT');

-- CreateEnum
CREATE TYPE "LeaveReason" AS ENUM ('COMPLETED', 'FOUND_WORK', 'DROPPED_OUT', 'MOVED', 'CONTRACT_TERMINATED', 'OTHER');

-- CreateEnum
CREATE TYPE "OutcomeKind" AS ENUM ('EMPLOYMENT', 'SOCIALLY_USEFUL_WORK', 'PUBLIC_WORKS', 'INTERNSHIP', 'SOCIAL_COOPERATIVE', 'EDUCATION', 'NONE');

-- CreateEnum
CREATE TYPE "ContractVariant" AS ENUM ('A', 'B');

-- CreateEnum
CREATE TYPE "ContractStatus" AS ENUM ('DRAFT', 'ACTIVE', 'COMPLETED', 'TERMINATED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "TerminationReason" AS ENUM ('BREACHED', 'REFUSED', 'MOVED_AWAY', 'OTHER');

-- CreateEnum
CREATE TYPE "ResponsibleParty" AS ENUM ('CLIENT', 'SOCIAL_WORKER', 'FAMILY_MEMBER', 'INSTITUTION');

-- CreateEnum
CREATE TYPE "ActionProgressStatus" AS ENUM ('DONE', 'IN_PROGRESS', 'NOT_DONE');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'EXCUSED', 'ABSENT');

-- CreateEnum
CREATE TYPE "AssignmentStatus" AS ENUM ('REQUESTED', 'APPROVED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "HoursStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "Centre" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "CentreKind" NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "district" TEXT,
    "street" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "openingHours" JSONB NOT NULL DEFAULT '[]',
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Warsaw',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Centre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "passwordChangedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "status" "MembershipStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deactivatedAt" TIMESTAMP(3),

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "invitedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Venue" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postalCode" TEXT,
    "city" TEXT NOT NULL,
    "district" TEXT,
    "stepFreeEntrance" BOOLEAN NOT NULL DEFAULT false,
    "lift" BOOLEAN NOT NULL DEFAULT false,
    "accessibleToilet" BOOLEAN NOT NULL DEFAULT false,
    "accessibilityNotes" TEXT,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Venue_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "type" "OfferType" NOT NULL,
    "clubKind" "ClubKind",
    "programmeKind" "ProgrammeKind",
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "audience" TEXT,
    "description" TEXT,
    "joinMode" "JoinMode" NOT NULL DEFAULT 'OPEN',
    "howToJoin" TEXT,
    "contactPhone" TEXT,
    "contactEmail" TEXT,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "archivedAt" TIMESTAMP(3),
    "parentId" UUID,
    "defaultVenueId" UUID,
    "topic" TEXT,
    "facilitator" TEXT,
    "goals" TEXT,
    "targetGroup" TEXT,
    "area" TEXT,
    "startsOn" DATE,
    "endsOn" DATE,
    "partners" TEXT[],
    "specialists" TEXT[],
    "activities" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "ProgrammeIndicator" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "offerId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT,
    "target" INTEGER NOT NULL,
    "achieved" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProgrammeIndicator_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "Schedule" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "offerId" UUID NOT NULL,
    "kind" "ScheduleKind" NOT NULL,
    "rrule" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "startTime" TEXT,
    "endTime" TEXT,
    "exceptions" DATE[],
    "note" TEXT,
    "venueId" UUID,
    "cycleId" UUID,
    "leader" TEXT,
    "generatedUntil" DATE,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Schedule_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "Session" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "offerId" UUID NOT NULL,
    "scheduleId" UUID,
    "occurrenceDate" DATE,
    "editionId" UUID,
    "kind" "SessionKind" NOT NULL DEFAULT 'MEETING',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "venueId" UUID,
    "topic" TEXT,
    "leader" TEXT,
    "status" "SessionStatus" NOT NULL DEFAULT 'PLANNED',
    "cancelReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "KisEdition" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "offerId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "capacity" INTEGER NOT NULL,
    "status" "EditionStatus" NOT NULL DEFAULT 'PLANNED',

    CONSTRAINT "KisEdition_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "KisCycle" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "editionId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,

    CONSTRAINT "KisCycle_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "KisTeamMember" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "editionId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "function" TEXT NOT NULL,
    "userId" UUID,
    "basis" TEXT,
    "fte" DECIMAL(4,2),

    CONSTRAINT "KisTeamMember_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "birthYear" INTEGER,
    "pesel" TEXT,
    "sex" "Sex",
    "phone" TEXT,
    "email" TEXT,
    "street" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "district" TEXT,
    "socialWorkerId" UUID,
    "consentParticipationOn" DATE,
    "dataInfoGivenOn" DATE,
    "imageConsentOn" DATE,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "ParticipantSensitive" (
    "centreId" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "groups" "EligibilityGroup"[],
    "notes" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ParticipantSensitive_pkey" PRIMARY KEY ("centreId","participantId")
);

-- CreateTable
CREATE TABLE "HouseholdMember" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "birthYear" INTEGER,

    CONSTRAINT "HouseholdMember_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "offerId" UUID NOT NULL,
    "editionId" UUID,
    "contractId" UUID,
    "status" "EnrolmentStatus" NOT NULL DEFAULT 'REFERRED',
    "referredById" UUID,
    "referredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "referralNote" TEXT,
    "decidedAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "waitlistedAt" TIMESTAMP(3),
    "periodStart" DATE,
    "periodEnd" DATE,
    "leftOn" DATE,
    "leaveReason" "LeaveReason",
    "leaveNote" TEXT,
    "certificateNumber" INTEGER,
    "certificateYear" INTEGER,
    "certificateIssuedOn" DATE,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "Outcome" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "kind" "OutcomeKind" NOT NULL,
    "achievedOn" DATE NOT NULL,
    "note" TEXT,

    CONSTRAINT "Outcome_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "SocialContract" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "socialWorkerId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "variant" "ContractVariant" NOT NULL,
    "concludedOn" DATE,
    "place" TEXT,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "causes" TEXT,
    "resources" TEXT,
    "limitations" TEXT,
    "mainGoal" TEXT,
    "labourOfficeReferral" TEXT,
    "consequencesAcknowledged" BOOLEAN NOT NULL DEFAULT false,
    "status" "ContractStatus" NOT NULL DEFAULT 'DRAFT',
    "signedOn" DATE,
    "closedOn" DATE,
    "terminationReason" "TerminationReason",
    "terminationNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SocialContract_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "ContractParty" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "ContractParty_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "ContractGoal" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "ContractGoal_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "ContractAction" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "goalId" UUID,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "responsible" "ResponsibleParty" NOT NULL,
    "responsibleName" TEXT,
    "deadline" DATE NOT NULL,
    "doneOn" DATE,

    CONSTRAINT "ContractAction_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "ContractEvaluation" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "evaluatedOn" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "nextDueOn" DATE,
    "createdById" UUID NOT NULL,

    CONSTRAINT "ContractEvaluation_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "ContractActionProgress" (
    "centreId" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "status" "ActionProgressStatus" NOT NULL,
    "reason" TEXT,

    CONSTRAINT "ContractActionProgress_pkey" PRIMARY KEY ("centreId","evaluationId","actionId")
);

-- CreateTable
CREATE TABLE "ContractAmendment" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "amendedOn" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "createdById" UUID NOT NULL,

    CONSTRAINT "ContractAmendment_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "centreId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "markedById" UUID NOT NULL,
    "markedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("centreId","sessionId","participantId")
);

-- CreateTable
CREATE TABLE "Volunteer" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "userId" UUID,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "birthYear" INTEGER NOT NULL,
    "guardianConsentOn" DATE,
    "phone" TEXT,
    "email" TEXT,
    "skills" TEXT[],
    "availability" TEXT,
    "strand" TEXT,
    "registerCheckOn" DATE,
    "criminalRecordOn" DATE,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Volunteer_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "VolunteerAgreement" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "signedOn" DATE NOT NULL,
    "scope" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "renewsId" UUID,

    CONSTRAINT "VolunteerAgreement_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "VolunteerTask" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "description" TEXT,
    "needed" INTEGER NOT NULL,
    "withChildren" BOOLEAN NOT NULL DEFAULT false,
    "openForSignup" BOOLEAN NOT NULL DEFAULT true,
    "withdrawUntil" TIMESTAMP(3),
    "coordinatorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VolunteerTask_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "status" "AssignmentStatus" NOT NULL DEFAULT 'REQUESTED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "VolunteerHours" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "taskId" UUID,
    "workedOn" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "description" TEXT,
    "status" "HoursStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VolunteerHours_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "NumberSequence" (
    "centreId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "NumberSequence_pkey" PRIMARY KEY ("centreId","name","year")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Centre_slug_key" ON "Centre"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_centreId_userId_key" ON "Membership"("centreId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_centreId_createdAt_idx" ON "Invitation"("centreId", "createdAt");

-- CreateIndex
CREATE INDEX "Venue_centreId_name_idx" ON "Venue"("centreId", "name");

-- CreateIndex
CREATE INDEX "Offer_centreId_type_archivedAt_idx" ON "Offer"("centreId", "type", "archivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Offer_centreId_slug_key" ON "Offer"("centreId", "slug");

-- CreateIndex
CREATE INDEX "ProgrammeIndicator_centreId_offerId_idx" ON "ProgrammeIndicator"("centreId", "offerId");

-- CreateIndex
CREATE INDEX "Schedule_centreId_offerId_idx" ON "Schedule"("centreId", "offerId");

-- CreateIndex
CREATE INDEX "Session_centreId_startsAt_idx" ON "Session"("centreId", "startsAt");

-- CreateIndex
CREATE INDEX "Session_centreId_offerId_startsAt_idx" ON "Session"("centreId", "offerId", "startsAt");

-- CreateIndex
CREATE INDEX "Session_centreId_editionId_startsAt_idx" ON "Session"("centreId", "editionId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Session_centreId_scheduleId_occurrenceDate_key" ON "Session"("centreId", "scheduleId", "occurrenceDate");

-- CreateIndex
CREATE UNIQUE INDEX "KisEdition_centreId_offerId_number_key" ON "KisEdition"("centreId", "offerId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "KisCycle_centreId_editionId_number_key" ON "KisCycle"("centreId", "editionId", "number");

-- CreateIndex
CREATE INDEX "KisTeamMember_centreId_editionId_idx" ON "KisTeamMember"("centreId", "editionId");

-- CreateIndex
CREATE INDEX "Participant_centreId_lastName_firstName_idx" ON "Participant"("centreId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "Participant_centreId_searchName_idx" ON "Participant"("centreId", "searchName");

-- CreateIndex
CREATE INDEX "Participant_centreId_socialWorkerId_idx" ON "Participant"("centreId", "socialWorkerId");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_centreId_pesel_key" ON "Participant"("centreId", "pesel");

-- CreateIndex
CREATE INDEX "HouseholdMember_centreId_participantId_idx" ON "HouseholdMember"("centreId", "participantId");

-- CreateIndex
CREATE INDEX "Enrolment_centreId_editionId_status_idx" ON "Enrolment"("centreId", "editionId", "status");

-- CreateIndex
CREATE INDEX "Enrolment_centreId_offerId_status_idx" ON "Enrolment"("centreId", "offerId", "status");

-- CreateIndex
CREATE INDEX "Enrolment_centreId_participantId_idx" ON "Enrolment"("centreId", "participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_centreId_certificateYear_certificateNumber_key" ON "Enrolment"("centreId", "certificateYear", "certificateNumber");

-- CreateIndex
CREATE INDEX "Outcome_centreId_enrolmentId_idx" ON "Outcome"("centreId", "enrolmentId");

-- CreateIndex
CREATE INDEX "SocialContract_centreId_participantId_idx" ON "SocialContract"("centreId", "participantId");

-- CreateIndex
CREATE INDEX "SocialContract_centreId_socialWorkerId_status_idx" ON "SocialContract"("centreId", "socialWorkerId", "status");

-- CreateIndex
CREATE INDEX "SocialContract_centreId_status_periodEnd_idx" ON "SocialContract"("centreId", "status", "periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "SocialContract_centreId_year_number_key" ON "SocialContract"("centreId", "year", "number");

-- CreateIndex
CREATE INDEX "ContractParty_centreId_contractId_idx" ON "ContractParty"("centreId", "contractId");

-- CreateIndex
CREATE INDEX "ContractGoal_centreId_contractId_idx" ON "ContractGoal"("centreId", "contractId");

-- CreateIndex
CREATE INDEX "ContractAction_centreId_contractId_idx" ON "ContractAction"("centreId", "contractId");

-- CreateIndex
CREATE INDEX "ContractAction_centreId_deadline_idx" ON "ContractAction"("centreId", "deadline");

-- CreateIndex
CREATE INDEX "ContractEvaluation_centreId_contractId_evaluatedOn_idx" ON "ContractEvaluation"("centreId", "contractId", "evaluatedOn");

-- CreateIndex
CREATE INDEX "ContractAmendment_centreId_contractId_amendedOn_idx" ON "ContractAmendment"("centreId", "contractId", "amendedOn");

-- CreateIndex
CREATE INDEX "Attendance_centreId_participantId_idx" ON "Attendance"("centreId", "participantId");

-- CreateIndex
CREATE INDEX "Volunteer_centreId_lastName_firstName_idx" ON "Volunteer"("centreId", "lastName", "firstName");

-- CreateIndex
CREATE UNIQUE INDEX "Volunteer_centreId_userId_key" ON "Volunteer"("centreId", "userId");

-- CreateIndex
CREATE INDEX "VolunteerAgreement_centreId_endsOn_idx" ON "VolunteerAgreement"("centreId", "endsOn");

-- CreateIndex
CREATE INDEX "VolunteerAgreement_centreId_volunteerId_idx" ON "VolunteerAgreement"("centreId", "volunteerId");

-- CreateIndex
CREATE INDEX "VolunteerTask_centreId_sessionId_idx" ON "VolunteerTask"("centreId", "sessionId");

-- CreateIndex
CREATE INDEX "Assignment_centreId_volunteerId_status_idx" ON "Assignment"("centreId", "volunteerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_centreId_taskId_volunteerId_key" ON "Assignment"("centreId", "taskId", "volunteerId");

-- CreateIndex
CREATE INDEX "VolunteerHours_centreId_volunteerId_workedOn_idx" ON "VolunteerHours"("centreId", "volunteerId", "workedOn");

-- CreateIndex
CREATE INDEX "VolunteerHours_centreId_status_idx" ON "VolunteerHours"("centreId", "status");

-- CreateIndex
CREATE INDEX "AuditEvent_centreId_recordType_recordId_at_idx" ON "AuditEvent"("centreId", "recordType", "recordId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_centreId_at_idx" ON "AuditEvent"("centreId", "at");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Venue" ADD CONSTRAINT "Venue_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_centreId_parentId_fkey" FOREIGN KEY ("centreId", "parentId") REFERENCES "Offer"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_centreId_defaultVenueId_fkey" FOREIGN KEY ("centreId", "defaultVenueId") REFERENCES "Venue"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeIndicator" ADD CONSTRAINT "ProgrammeIndicator_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeIndicator" ADD CONSTRAINT "ProgrammeIndicator_centreId_offerId_fkey" FOREIGN KEY ("centreId", "offerId") REFERENCES "Offer"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_centreId_offerId_fkey" FOREIGN KEY ("centreId", "offerId") REFERENCES "Offer"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_centreId_venueId_fkey" FOREIGN KEY ("centreId", "venueId") REFERENCES "Venue"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_centreId_cycleId_fkey" FOREIGN KEY ("centreId", "cycleId") REFERENCES "KisCycle"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_centreId_offerId_fkey" FOREIGN KEY ("centreId", "offerId") REFERENCES "Offer"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_centreId_scheduleId_fkey" FOREIGN KEY ("centreId", "scheduleId") REFERENCES "Schedule"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_centreId_editionId_fkey" FOREIGN KEY ("centreId", "editionId") REFERENCES "KisEdition"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_centreId_venueId_fkey" FOREIGN KEY ("centreId", "venueId") REFERENCES "Venue"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KisEdition" ADD CONSTRAINT "KisEdition_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KisEdition" ADD CONSTRAINT "KisEdition_centreId_offerId_fkey" FOREIGN KEY ("centreId", "offerId") REFERENCES "Offer"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KisCycle" ADD CONSTRAINT "KisCycle_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KisCycle" ADD CONSTRAINT "KisCycle_centreId_editionId_fkey" FOREIGN KEY ("centreId", "editionId") REFERENCES "KisEdition"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KisTeamMember" ADD CONSTRAINT "KisTeamMember_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KisTeamMember" ADD CONSTRAINT "KisTeamMember_centreId_editionId_fkey" FOREIGN KEY ("centreId", "editionId") REFERENCES "KisEdition"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KisTeamMember" ADD CONSTRAINT "KisTeamMember_centreId_userId_fkey" FOREIGN KEY ("centreId", "userId") REFERENCES "Membership"("centreId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_centreId_socialWorkerId_fkey" FOREIGN KEY ("centreId", "socialWorkerId") REFERENCES "Membership"("centreId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantSensitive" ADD CONSTRAINT "ParticipantSensitive_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantSensitive" ADD CONSTRAINT "ParticipantSensitive_centreId_participantId_fkey" FOREIGN KEY ("centreId", "participantId") REFERENCES "Participant"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdMember" ADD CONSTRAINT "HouseholdMember_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdMember" ADD CONSTRAINT "HouseholdMember_centreId_participantId_fkey" FOREIGN KEY ("centreId", "participantId") REFERENCES "Participant"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_centreId_participantId_fkey" FOREIGN KEY ("centreId", "participantId") REFERENCES "Participant"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_centreId_offerId_fkey" FOREIGN KEY ("centreId", "offerId") REFERENCES "Offer"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_centreId_editionId_fkey" FOREIGN KEY ("centreId", "editionId") REFERENCES "KisEdition"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_centreId_contractId_fkey" FOREIGN KEY ("centreId", "contractId") REFERENCES "SocialContract"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_centreId_enrolmentId_fkey" FOREIGN KEY ("centreId", "enrolmentId") REFERENCES "Enrolment"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialContract" ADD CONSTRAINT "SocialContract_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialContract" ADD CONSTRAINT "SocialContract_centreId_participantId_fkey" FOREIGN KEY ("centreId", "participantId") REFERENCES "Participant"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialContract" ADD CONSTRAINT "SocialContract_centreId_socialWorkerId_fkey" FOREIGN KEY ("centreId", "socialWorkerId") REFERENCES "Membership"("centreId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractParty" ADD CONSTRAINT "ContractParty_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractParty" ADD CONSTRAINT "ContractParty_centreId_contractId_fkey" FOREIGN KEY ("centreId", "contractId") REFERENCES "SocialContract"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractGoal" ADD CONSTRAINT "ContractGoal_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractGoal" ADD CONSTRAINT "ContractGoal_centreId_contractId_fkey" FOREIGN KEY ("centreId", "contractId") REFERENCES "SocialContract"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractAction" ADD CONSTRAINT "ContractAction_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractAction" ADD CONSTRAINT "ContractAction_centreId_contractId_fkey" FOREIGN KEY ("centreId", "contractId") REFERENCES "SocialContract"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractAction" ADD CONSTRAINT "ContractAction_centreId_goalId_fkey" FOREIGN KEY ("centreId", "goalId") REFERENCES "ContractGoal"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractEvaluation" ADD CONSTRAINT "ContractEvaluation_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractEvaluation" ADD CONSTRAINT "ContractEvaluation_centreId_contractId_fkey" FOREIGN KEY ("centreId", "contractId") REFERENCES "SocialContract"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractActionProgress" ADD CONSTRAINT "ContractActionProgress_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractActionProgress" ADD CONSTRAINT "ContractActionProgress_centreId_evaluationId_fkey" FOREIGN KEY ("centreId", "evaluationId") REFERENCES "ContractEvaluation"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractActionProgress" ADD CONSTRAINT "ContractActionProgress_centreId_actionId_fkey" FOREIGN KEY ("centreId", "actionId") REFERENCES "ContractAction"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractAmendment" ADD CONSTRAINT "ContractAmendment_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractAmendment" ADD CONSTRAINT "ContractAmendment_centreId_contractId_fkey" FOREIGN KEY ("centreId", "contractId") REFERENCES "SocialContract"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_centreId_sessionId_fkey" FOREIGN KEY ("centreId", "sessionId") REFERENCES "Session"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_centreId_participantId_fkey" FOREIGN KEY ("centreId", "participantId") REFERENCES "Participant"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Volunteer" ADD CONSTRAINT "Volunteer_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Volunteer" ADD CONSTRAINT "Volunteer_centreId_userId_fkey" FOREIGN KEY ("centreId", "userId") REFERENCES "Membership"("centreId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerAgreement" ADD CONSTRAINT "VolunteerAgreement_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerAgreement" ADD CONSTRAINT "VolunteerAgreement_centreId_volunteerId_fkey" FOREIGN KEY ("centreId", "volunteerId") REFERENCES "Volunteer"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerAgreement" ADD CONSTRAINT "VolunteerAgreement_centreId_renewsId_fkey" FOREIGN KEY ("centreId", "renewsId") REFERENCES "VolunteerAgreement"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTask" ADD CONSTRAINT "VolunteerTask_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTask" ADD CONSTRAINT "VolunteerTask_centreId_sessionId_fkey" FOREIGN KEY ("centreId", "sessionId") REFERENCES "Session"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_centreId_taskId_fkey" FOREIGN KEY ("centreId", "taskId") REFERENCES "VolunteerTask"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_centreId_volunteerId_fkey" FOREIGN KEY ("centreId", "volunteerId") REFERENCES "Volunteer"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerHours" ADD CONSTRAINT "VolunteerHours_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerHours" ADD CONSTRAINT "VolunteerHours_centreId_volunteerId_fkey" FOREIGN KEY ("centreId", "volunteerId") REFERENCES "Volunteer"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerHours" ADD CONSTRAINT "VolunteerHours_centreId_taskId_fkey" FOREIGN KEY ("centreId", "taskId") REFERENCES "VolunteerTask"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NumberSequence" ADD CONSTRAINT "NumberSequence_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────── Written by hand: what the Prisma schema language cannot say ─────────────

-- Names people sort by use the Polish collation (Ł after L, Ż after Z), whatever the database default.
ALTER TABLE "Centre" ALTER COLUMN "name" TYPE TEXT COLLATE "pl-PL-x-icu";
ALTER TABLE "User" ALTER COLUMN "name" TYPE TEXT COLLATE "pl-PL-x-icu";
ALTER TABLE "Invitation" ALTER COLUMN "name" TYPE TEXT COLLATE "pl-PL-x-icu";
ALTER TABLE "Venue" ALTER COLUMN "name" TYPE TEXT COLLATE "pl-PL-x-icu";
ALTER TABLE "Offer" ALTER COLUMN "name" TYPE TEXT COLLATE "pl-PL-x-icu";
ALTER TABLE "Participant" ALTER COLUMN "firstName" TYPE TEXT COLLATE "pl-PL-x-icu";
ALTER TABLE "Participant" ALTER COLUMN "lastName" TYPE TEXT COLLATE "pl-PL-x-icu";
ALTER TABLE "Volunteer" ALTER COLUMN "firstName" TYPE TEXT COLLATE "pl-PL-x-icu";
ALTER TABLE "Volunteer" ALTER COLUMN "lastName" TYPE TEXT COLLATE "pl-PL-x-icu";

-- Invariants the database keeps whatever code writes.
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_type_kind_check" CHECK (
  ("type" = 'CLUB') = ("clubKind" IS NOT NULL) AND ("type" = 'PROGRAMME') = ("programmeKind" IS NOT NULL));
ALTER TABLE "Session" ADD CONSTRAINT "Session_ends_after_start_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "KisEdition" ADD CONSTRAINT "KisEdition_capacity_check" CHECK ("capacity" > 0);
ALTER TABLE "KisEdition" ADD CONSTRAINT "KisEdition_period_check" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "KisCycle" ADD CONSTRAINT "KisCycle_period_check" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "SocialContract" ADD CONSTRAINT "SocialContract_period_check" CHECK ("periodEnd" >= "periodStart");
ALTER TABLE "VolunteerHours" ADD CONSTRAINT "VolunteerHours_minutes_check" CHECK ("minutes" > 0 AND "minutes" <= 24 * 60);
ALTER TABLE "VolunteerTask" ADD CONSTRAINT "VolunteerTask_needed_check" CHECK ("needed" > 0);
ALTER TABLE "Volunteer" ADD CONSTRAINT "Volunteer_birth_year_check" CHECK ("birthYear" BETWEEN 1900 AND 2100);

-- The audit log is append-only: no code path, not even a careless one, rewrites history.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
