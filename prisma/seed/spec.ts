// The shape of a demo centre. Each file in centres/ describes one of the five centres of
// ../shared/seeds/ with its real clubs, groups, programmes, venues and schedules; people are
// plainly fictional. Dates are relative to the day of seeding (see DemoDates), so the demo always
// has something on this week and a KIS edition under way.
import type {
  Audience,
  ClubKind,
  EligibilityGroup,
  EditionStatus,
  EnrolmentStatus,
  LeaveReason,
  OutcomeKind,
  ProgrammeKind,
  Role,
  Sex,
} from "../../src/generated/prisma/enums";

export type VenueSpec = {
  key: string;
  name: string;
  street: string;
  postalCode?: string;
  city: string;
  district?: string;
  stepFreeEntrance?: boolean;
  lift?: boolean;
  accessibleToilet?: boolean;
  accessibilityNotes?: string;
};

export type ScheduleSpec =
  | {
      /** RRULE body, e.g. "FREQ=WEEKLY;BYDAY=MO". */
      rrule: string;
      startTime: string;
      endTime: string;
      venue?: string;
      /** Defaults to 8 weeks before the seeding day. */
      startsOn?: string;
      endsOn?: string;
      leader?: string;
    }
  | { irregular: string; venue?: string };

export type OfferSpec = {
  key: string;
  slug: string;
  name: string;
  type: "CLUB" | "GROUP" | "PROGRAMME";
  clubKind?: ClubKind;
  programmeKind?: ProgrammeKind;
  audience?: string;
  /** Who residents can filter it by; clubs of a kind get a sensible default (see build.ts). */
  audiences?: Audience[];
  description?: string;
  joinMode?: "OPEN" | "REFERRAL";
  howToJoin?: string;
  contactPhone?: string;
  contactEmail?: string;
  isPublic?: boolean;
  /** A programme that has ended stays on record but leaves the public side. */
  archived?: boolean;
  /** Key of the programme this group or club runs in. */
  parent?: string;
  venue?: string;
  topic?: string;
  facilitator?: string;
  goals?: string;
  targetGroup?: string;
  area?: string;
  startsOn?: string;
  endsOn?: string;
  partners?: string[];
  specialists?: string[];
  activities?: string;
  indicators?: { name: string; unit?: string; target: number; achieved: number }[];
  schedules?: ScheduleSpec[];
};

export type StaffSpec = { email: string; name: string; role: Role };

export type ParticipantSpec = {
  key: string;
  firstName: string;
  lastName: string;
  birthYear: number;
  sex: Sex;
  phone?: string;
  district?: string;
  groups?: EligibilityGroup[];
  notes?: string;
  /** Email of the assigned social worker (a staff member of this centre). */
  socialWorker?: string;
  household?: { name: string; relation: string; birthYear?: number }[];
  contract?: ContractSpec;
};

/** A kontrakt socjalny of the client, drawn up by their social worker. */
export type ContractSpec = {
  variant: "A" | "B";
  status: "DRAFT" | "ACTIVE" | "COMPLETED";
  periodStart: string;
  periodEnd: string;
  place: string;
  causes: string;
  resources: string;
  limitations: string;
  mainGoal: string;
  goals: string[];
  actions: {
    description: string;
    responsible: "CLIENT" | "SOCIAL_WORKER" | "FAMILY_MEMBER" | "INSTITUTION";
    responsibleName?: string;
    deadline: string;
    goal?: number;
  }[];
  labourOfficeReferral?: string;
  /** Family members who are parties (variant A). */
  parties?: { name: string; role: string }[];
  nextEvaluationOn?: string;
};

export type KisCycleSpec = {
  startsOn: string;
  endsOn: string;
  rrule: string;
  startTime: string;
  endTime: string;
  venue: string;
  /** Given to the cycle's sessions in turn: a topic and who leads it. */
  topics: { topic: string; leader: string }[];
};

export type KisEditionSpec = {
  offer: string;
  number: number;
  capacity: number;
  status: EditionStatus;
  cycles: KisCycleSpec[];
  team: { name: string; function: string; basis?: string; fte?: number; staffEmail?: string }[];
  /** Integration events (cinema, bowling, picnic): single sessions of kind EVENT. */
  events: { date: string; startTime: string; endTime: string; topic: string; venue?: string }[];
  enrolments: {
    participant: string;
    status: EnrolmentStatus;
    periodStart: string;
    periodEnd: string;
    leftOn?: string;
    leaveReason?: LeaveReason;
    outcome?: { kind: OutcomeKind; on: string };
  }[];
};

export type VolunteerSpec = {
  firstName: string;
  lastName: string;
  sex: Sex;
  birthYear: number;
  strand?: string;
  skills?: string[];
  availability?: string;
  phone?: string;
  /** Email of the staff account (role VOLUNTEER) that is this volunteer. */
  account?: string;
  checkedForChildren?: boolean;
  email?: string;
  /** A minor whose guardian's consent has not come in yet (otherwise minors have it). */
  consentPending?: boolean;
  /** Porozumienia ("YYYY-MM-DD"), oldest first; each later one renews the one before. */
  agreements?: { signedOn: string; scope: string; startsOn: string; endsOn: string }[];
};

export type CentreSpec = {
  centre: {
    slug: string;
    kind: "OPS" | "MOPS" | "MGOPS" | "GOPS" | "BRANCH";
    name: string;
    shortName: string;
    municipality: string;
    district?: string;
    street: string;
    postalCode: string;
    city: string;
    phone?: string;
    email?: string;
    website?: string;
    openingHours: { days: number[]; opens: string; closes: string }[];
  };
  venues: VenueSpec[];
  offers: OfferSpec[];
  staff: StaffSpec[];
  participants?: ParticipantSpec[];
  kis?: KisEditionSpec[];
  volunteers?: VolunteerSpec[];
};

/** Dates relative to the seeding day, as "YYYY-MM-DD" in Warsaw. */
export type DemoDates = {
  today: string;
  /** The Monday of the week `weeks` from now (negative: in the past), plus `days`. */
  week: (weeks: number, days?: number) => string;
  days: (n: number) => string;
  year: number;
};
