import { describe, expect, it } from "vitest";
import { referralsPolicy } from "./policy";

describe("referrals policy", () => {
  it("social workers and admins refer; coordinators and admins see what arrives; volunteers neither", () => {
    expect(referralsPolicy.refer).toEqual(["ADMIN", "SOCIAL_WORKER"]);
    expect(referralsPolicy.viewIncoming).toEqual(["ADMIN", "COORDINATOR"]);
    expect([...referralsPolicy.refer, ...referralsPolicy.viewIncoming]).not.toContain("VOLUNTEER");
  });
});
