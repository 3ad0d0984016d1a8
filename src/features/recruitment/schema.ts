import { requiredText, z } from "@/server/validation";

const id = (message: string) => z.uuid({ error: message });

/** One referral (or waitlist entry) of one edition; the edition comes from the page's address. */
export const decisionInput = z.object({
  editionId: id("Nie rozpoznano edycji."),
  enrolmentId: id("Nie rozpoznano skierowania."),
});

export const declineInput = decisionInput.extend({
  reason: requiredText("powód odmowy", 500),
});
